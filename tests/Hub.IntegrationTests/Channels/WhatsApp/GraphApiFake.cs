using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Hub.IntegrationTests.Infrastructure;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Settings;

namespace Hub.IntegrationTests.Channels.WhatsApp;

/// <summary>
/// Meta's Graph API as the Cloud API documents it, on 127.0.0.1: <c>POST /v23.0/{phone-number-id}/messages</c>
/// answers <c>send.response.200.json</c>'s shape only to the instance's Bearer token and a WhatsApp body; anything
/// else gets the Graph error envelope Meta sends (190 for a bad token, 100 for a bad body). Other answers (the
/// documented error envelopes, outages, hangs) are set by the test.
/// </summary>
public sealed class GraphApiFake : IDisposable
{
    public const string PhoneNumberId = "106540352242922";
    public const string AccessToken = "EAAG-test-system-user-token";
    public const string MessagesPath = "/v23.0/" + PhoneNumberId + "/messages";

    private readonly WireMockServer _server = WireMockServer.Start(new WireMockServerSettings
    {
        Urls = [string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{FreePort.Get()}")],
    });

    public GraphApiFake() => Accept();

    public string BaseUrl => _server.Url!;

    /// <summary>Later sends are taken: each gets a wamid (one per Hub message id, so a repeat is recognisable in tests).</summary>
    public void Accept()
    {
        _server.ResetMappings();
        _server.Given(Request.Create().WithPath(MessagesPath).UsingPost()).AtPriority(10)
            .RespondWith(Error(401, """{"error":{"message":"Invalid OAuth access token.","type":"OAuthException","code":190,"fbtrace_id":"A1"}}"""));
        _server.Given(Request.Create().WithPath(MessagesPath).UsingPost()
                .WithHeader("Authorization", "Bearer " + AccessToken)
                .WithHeader("Content-Type", "application/json*"))
            .AtPriority(5)
            .RespondWith(Response.Create().WithCallback(Answer));
    }

    /// <summary>Later sends get this status and body (a Graph error envelope), after <paramref name="delay"/> when given.</summary>
    public void AnswerWith(int status, string? body = null, TimeSpan? delay = null, string? retryAfter = null)
    {
        _server.ResetMappings();
        var response = Error(status, body ?? "");
        if (retryAfter is not null)
        {
            response = response.WithHeader("Retry-After", retryAfter);
        }
        _server.Given(Request.Create().WithPath(MessagesPath).UsingPost()).RespondWith(delay is { } d ? response.WithDelay(d) : response);
    }

    /// <summary>Later sends are taken, but only after <paramref name="delay"/>.</summary>
    public void AcceptAfter(TimeSpan delay)
    {
        _server.ResetMappings();
        _server.Given(Request.Create().WithPath(MessagesPath).UsingPost()).RespondWith(Response.Create().WithCallback(async r =>
        {
            await Task.Delay(delay);
            return Answer(r);
        }));
    }

    /// <summary>Every send that reached the messages endpoint, with its Authorization header and parsed body.</summary>
    public IReadOnlyList<(string Path, string? Authorization, JsonObject Body)> Requests => [.. _server.LogEntries
        .Select(e => e.RequestMessage!)
        .Where(r => r.Method == "POST")
        .Select(r => (r.Path, r.Headers?.FirstOrDefault(h => h.Key.Equals("Authorization", StringComparison.OrdinalIgnoreCase)).Value?.FirstOrDefault(),
            JsonNode.Parse(r.Body ?? "{}")!.AsObject()))];

    private static IResponseBuilder Error(int status, string body) =>
        Response.Create().WithStatusCode(status).WithHeader("Content-Type", "application/json; charset=UTF-8").WithBody(body);

    private static WireMock.ResponseMessage Answer(WireMock.IRequestMessage request)
    {
        var body = JsonNode.Parse(request.Body ?? "null") as JsonObject;
        var to = (string?)body?["to"];
        if (body is null || (string?)body["messaging_product"] != "whatsapp" || to is null || (string?)body["type"] is not ("text" or "template"))
        {
            return Json(400, """{"error":{"message":"(#100) Invalid parameter","type":"OAuthException","code":100,"fbtrace_id":"A2"}}""");
        }
        var key = (string?)body["biz_opaque_callback_data"] ?? Guid.NewGuid().ToString();
        var wamid = "wamid." + Convert.ToBase64String(Encoding.UTF8.GetBytes(key));
        return Json(200, new JsonObject
        {
            ["messaging_product"] = "whatsapp",
            ["contacts"] = new JsonArray(new JsonObject { ["input"] = to, ["wa_id"] = to }),
            ["messages"] = new JsonArray(new JsonObject { ["id"] = wamid }),
        }.ToJsonString());
    }

    private static WireMock.ResponseMessage Json(int status, string body)
    {
        var message = new WireMock.ResponseMessage
        {
            StatusCode = status,
            BodyData = new WireMock.Util.BodyData { BodyAsString = body, DetectedBodyType = WireMock.Types.BodyType.String, Encoding = Encoding.UTF8 },
        };
        message.AddHeader("Content-Type", "application/json; charset=UTF-8");
        return message;
    }

    public void Dispose() => _server.Dispose();
}
