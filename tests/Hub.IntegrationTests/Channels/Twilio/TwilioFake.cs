using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using System.Web;
using Hub.IntegrationTests.Infrastructure;
using WireMock;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Settings;
using WireMock.Types;
using WireMock.Util;

namespace Hub.IntegrationTests.Channels.Twilio;

/// <summary>
/// Twilio's Messages API on 127.0.0.1, as its OpenAPI (twilio_api_v2010) documents it: <c>POST
/// /2010-04-01/Accounts/{AccountSid}/Messages.json</c>, form-encoded, HTTP Basic with the account SID and auth token.
/// It checks each request (credentials, content type, only documented parameters, the sender, a StatusCallback at
/// the instance's callback URL) and refuses one that breaks the contract as Twilio would (401 with 20003, else 400),
/// recording why. Accepted messages get the spec's 201 example with a <c>sid</c> derived from Hub's message id.
/// </summary>
public sealed class TwilioFake : IDisposable
{
    private static readonly HashSet<string> DocumentedParameters = DocumentedCreateParameters();
    private readonly ConcurrentQueue<TwilioReceivedSend> _received = new();
    private readonly WireMockServer _server = WireMockServer.Start(new WireMockServerSettings
    {
        Urls = [string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{FreePort.Get()}")],
    });
    private volatile Func<TwilioReceivedSend, Task<ResponseMessage>> _answer;

    public TwilioFake(string accountSid, string authToken, string? from, string? messagingServiceSid, string statusCallback)
    {
        (AccountSid, AuthToken, From, MessagingServiceSid, StatusCallback) = (accountSid, authToken, from, messagingServiceSid, statusCallback);
        _answer = Accepting;
        _server.Given(Request.Create().WithPath(MessagesPath).UsingPost()).RespondWith(Response.Create().WithCallback(RespondAsync));
    }

    public string AccountSid { get; }
    public string AuthToken { get; }
    public string? From { get; }
    public string? MessagingServiceSid { get; }

    /// <summary>The status callback every message must name, before its <c>?hubMessageId=</c>.</summary>
    public string StatusCallback { get; }

    public string MessagesPath => $"/2010-04-01/Accounts/{AccountSid}/Messages.json";

    public string BaseUrl => _server.Url!;

    public IReadOnlyCollection<TwilioReceivedSend> Received => _received;

    /// <summary>The sid the fake gives a message: the same for every send of one Hub message id.</summary>
    public static string SidFor(string messageId) => "SM" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(messageId)))[..32].ToLowerInvariant();

    public void Accept() => _answer = Accepting;

    /// <summary>Answers every valid request with this status and body, after <paramref name="delay"/>, with a Retry-After when given.</summary>
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

    private static Task<ResponseMessage> Accepting(TwilioReceivedSend send)
    {
        var answer = JsonNode.Parse(File.ReadAllText(RepoPaths.Fixture("providers/twilio/message-create.response.201.json")))!.AsObject();
        answer["sid"] = SidFor(send.MessageId!);
        answer["to"] = send.Form["To"];
        answer["body"] = send.Form["Body"];
        return Task.FromResult(Message(201, answer.ToJsonString()));
    }

    private async Task<IResponseMessage> RespondAsync(IRequestMessage request)
    {
        var problems = new List<string>();
        var (username, password) = Basic(Header(request, "Authorization"));
        if (username != AccountSid || password != AuthToken)
        {
            problems.Add("credentials: not HTTP Basic with the account SID and auth token");
        }
        var contentType = Header(request, "Content-Type");
        if (contentType is null || !contentType.StartsWith("application/x-www-form-urlencoded", StringComparison.Ordinal))
        {
            problems.Add($"content type: {contentType}");
        }
        var form = HttpUtility.ParseQueryString(request.Body ?? "");
        foreach (var name in form.AllKeys)
        {
            if (name is null || !DocumentedParameters.Contains(name))
            {
                problems.Add($"parameter {name}: not in Twilio's CreateMessage");
            }
        }
        if (form["To"] is not { } to || !to.StartsWith('+'))
        {
            problems.Add("To: not an E.164 number");
        }
        if (form["From"] != From || form["MessagingServiceSid"] != MessagingServiceSid)
        {
            problems.Add("From/MessagingServiceSid: not the instance's sender");
        }
        if (string.IsNullOrEmpty(form["Body"]))
        {
            problems.Add("Body: missing");
        }
        string? messageId = null;
        var callback = form["StatusCallback"];
        if (callback is null || !callback.StartsWith(StatusCallback + "?hubMessageId=", StringComparison.Ordinal))
        {
            problems.Add("StatusCallback: not the instance's status URL with Hub's message id");
        }
        else
        {
            messageId = HttpUtility.ParseQueryString(new Uri(callback).Query)["hubMessageId"];
        }
        var send = new TwilioReceivedSend(username, password, contentType, form, messageId, problems);
        _received.Enqueue(send);
        if (problems.Count > 0)
        {
            var (status, code) = problems[0].StartsWith("credentials", StringComparison.Ordinal) ? (401, 20003) : (400, 21000);
            return Message(status, new JsonObject { ["code"] = code, ["message"] = string.Join("; ", problems), ["status"] = status }.ToJsonString());
        }
        return await _answer(send);
    }

    private static HashSet<string> DocumentedCreateParameters()
    {
        var spec = JsonNode.Parse(File.ReadAllText(RepoPaths.Fixture("providers/twilio/openapi-api-v2010-messages.extract.json")))!;
        var schema = spec["paths"]!["/2010-04-01/Accounts/{AccountSid}/Messages.json"]!["post"]!["requestBody"]!["content"]!["application/x-www-form-urlencoded"]!["schema"]!;
        return [.. schema["properties"]!.AsObject().Select(p => p.Key)];
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
