using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Hub.IntegrationTests.Infrastructure;
using WireMock;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Settings;
using WireMock.Types;
using WireMock.Util;

namespace Hub.IntegrationTests.Channels.LinkMobility;

/// <summary>
/// LINK's SMS REST API on 127.0.0.1, as "SMS REST API – MT and Delivery Reports" 1.18 documents it: <c>POST
/// /sms/send</c> with HTTP Basic and a JSON SmsMessageRequest. It checks every request against that contract (the
/// credentials, the content type, the instance's platform ids, sender and gate, only documented fields, a
/// <c>refId</c>) and refuses one that breaks it, as LINK would (401 for credentials, 400 otherwise), recording why.
/// Accepted messages get the documented SendResponse, with a <c>messageId</c> derived from the <c>refId</c>.
/// </summary>
public sealed class LinkMobilityFake : IDisposable
{
    public const string SendPath = "/sms/send";

    private static readonly HashSet<string> DocumentedFields = DocumentedRequestFields();
    private readonly ConcurrentQueue<LinkReceivedSend> _received = new();
    private readonly WireMockServer _server = WireMockServer.Start(new WireMockServerSettings
    {
        Urls = [string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{FreePort.Get()}")],
    });
    private volatile Func<JsonObject, Task<ResponseMessage>> _answer;

    public LinkMobilityFake(string username, string password, string platformId, string platformPartnerId, string source, string? gate)
    {
        (Username, Password, PlatformId, PlatformPartnerId, Source, Gate) = (username, password, platformId, platformPartnerId, source, gate);
        _answer = Accepting;
        _server.Given(Request.Create().WithPath(SendPath).UsingPost()).RespondWith(Response.Create().WithCallback(RespondAsync));
    }

    public string Username { get; }
    public string Password { get; }
    public string PlatformId { get; }
    public string PlatformPartnerId { get; }
    public string Source { get; }
    public string? Gate { get; }

    public string BaseUrl => _server.Url!;

    public IReadOnlyCollection<LinkReceivedSend> Received => _received;

    /// <summary>The <c>messageId</c> the fake gives a message: the same for every send of one <c>refId</c>, as LINK's would be.</summary>
    public static string MessageIdFor(string refId) => "LM" + Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(refId)))[..20];

    /// <summary>Takes every valid message: 200 with sms-send.response.200.json's shape.</summary>
    public void Accept() => _answer = Accepting;

    /// <summary>Answers every valid message with this status and body (a fixture file's text, or built).</summary>
    public void AnswerWith(int status, string? body = null, TimeSpan? delay = null, string? retryAfter = null) =>
        _answer = async _ =>
        {
            if (delay is { } wait)
            {
                await Task.Delay(wait);
            }
            var message = Message(status, body);
            if (retryAfter is not null)
            {
                message.AddHeader("Retry-After", retryAfter);
            }
            return message;
        };

    /// <summary>Takes every valid message but answers this LINK result code in the SendResponse.</summary>
    public void AnswerResultCode(int resultCode, int status = 200) =>
        _answer = body => Task.FromResult(Message(status, new JsonObject
        {
            ["messageId"] = MessageIdFor((string)body["refId"]!),
            ["resultCode"] = resultCode,
            ["description"] = "as configured",
        }.ToJsonString()));

    private static Task<ResponseMessage> Accepting(JsonObject body)
    {
        var answer = JsonNode.Parse(File.ReadAllText(RepoPaths.Fixture("providers/linkmobility/sms-send.response.200.json")))!.AsObject();
        answer["messageId"] = MessageIdFor((string)body["refId"]!);
        return Task.FromResult(Message(200, answer.ToJsonString()));
    }

    private async Task<IResponseMessage> RespondAsync(IRequestMessage request)
    {
        var problems = new List<string>();
        var (username, password) = Basic(Header(request, "Authorization"));
        if (username != Username || password != Password)
        {
            problems.Add("credentials: not HTTP Basic with the instance's username and password");
        }
        var contentType = Header(request, "Content-Type");
        if (contentType is null || !contentType.StartsWith("application/json", StringComparison.Ordinal))
        {
            problems.Add($"content type: {contentType}");
        }
        JsonObject? body = null;
        try
        {
            body = JsonNode.Parse(request.Body ?? "") as JsonObject;
        }
        catch (System.Text.Json.JsonException)
        {
        }
        if (body is null)
        {
            problems.Add("body: not a JSON object");
        }
        else
        {
            problems.AddRange(ContractProblems(body));
        }
        _received.Enqueue(new LinkReceivedSend(username, password, contentType, body, problems));
        if (problems.Count > 0)
        {
            var status = problems[0].StartsWith("credentials", StringComparison.Ordinal) ? 401 : 400;
            return Message(status, new JsonObject { ["status"] = status, ["description"] = string.Join("; ", problems) }.ToJsonString());
        }
        return await _answer(body!);
    }

    private IEnumerable<string> ContractProblems(JsonObject body)
    {
        foreach (var (name, _) in body)
        {
            if (!DocumentedFields.Contains(name))
            {
                yield return $"field {name}: not in LINK's SmsMessageRequest";
            }
        }
        if ((string?)body["source"] != Source)
        {
            yield return "source: not the instance's sender";
        }
        if (body["destination"]?.GetValueKind() != System.Text.Json.JsonValueKind.String || !((string)body["destination"]!).StartsWith('+'))
        {
            yield return "destination: not an MSISDN";
        }
        if (body["userData"]?.GetValueKind() != System.Text.Json.JsonValueKind.String)
        {
            yield return "userData: missing";
        }
        if ((string?)body["platformId"] != PlatformId || (string?)body["platformPartnerId"] != PlatformPartnerId)
        {
            yield return "platformId/platformPartnerId: not the instance's";
        }
        if (body["refId"]?.GetValueKind() != System.Text.Json.JsonValueKind.String || ((string)body["refId"]!).Length == 0)
        {
            yield return "refId: missing";
        }
        var wantsReports = Gate is not null;
        if ((bool?)body["useDeliveryReport"] != wantsReports)
        {
            yield return $"useDeliveryReport: not {wantsReports}";
        }
        var gates = body["deliveryReportGates"] as JsonArray;
        if (wantsReports ? gates is null || gates.Count != 1 || (string?)gates[0] != Gate : body.ContainsKey("deliveryReportGates"))
        {
            yield return "deliveryReportGates: not the instance's gate";
        }
    }

    private static HashSet<string> DocumentedRequestFields()
    {
        var spec = JsonNode.Parse(File.ReadAllText(RepoPaths.Fixture("providers/linkmobility/openapi-link-api-v1.thirdparty.sms-extract.json")))!;
        return [.. spec["components"]!["schemas"]!["SmsMessageRequest"]!["properties"]!.AsObject().Select(p => p.Key)];
    }

    private static (string? Username, string? Password) Basic(string? authorization)
    {
        if (authorization is null || !authorization.StartsWith("Basic ", StringComparison.Ordinal))
        {
            return (null, null);
        }
        var decoded = Encoding.UTF8.GetString(Convert.FromBase64String(authorization["Basic ".Length..]));
        var colon = decoded.IndexOf(':', StringComparison.Ordinal);
        return colon < 0 ? (decoded, null) : (decoded[..colon], decoded[(colon + 1)..]);
    }

    private static string? Header(IRequestMessage request, string name) =>
        request.Headers?.FirstOrDefault(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)).Value?.FirstOrDefault();

    private static ResponseMessage Message(int status, string? body)
    {
        var message = new ResponseMessage { StatusCode = status };
        if (body is not null)
        {
            message.BodyData = new BodyData { BodyAsString = body, DetectedBodyType = BodyType.String, Encoding = Encoding.UTF8 };
            message.AddHeader("Content-Type", "application/json");
        }
        return message;
    }

    public void Dispose() => _server.Dispose();
}
