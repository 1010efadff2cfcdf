using System.Buffers.Text;
using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Hub.IntegrationTests.Infrastructure;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Settings;

namespace Hub.IntegrationTests.Channels.Rbm;

/// <summary>
/// Google's side on 127.0.0.1: the OAuth token endpoint (<c>POST /token</c>, which checks the JWT-bearer assertion's
/// RS256 signature and claims and issues access tokens) and the RBM API (<c>POST /v1/phones/{msisdn}/agentMessages</c>),
/// which takes only issued tokens, treats a repeated <c>messageId</c> as <c>ALREADY_EXISTS</c> (409) and answers 404
/// (<c>error.404-not-rcs-reachable.json</c>) for the numbers in <see cref="NotRcsReachable"/>.
/// </summary>
public sealed class RbmApiFake : IDisposable
{
    public const string TokenPath = "/token";
    public const string AgentMessagesPattern = "/v1/phones/*/agentMessages";
    public const string NotRcsReachable = "+4790000404";

    private readonly WireMockServer _server = WireMockServer.Start(new WireMockServerSettings
    {
        Urls = [string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{FreePort.Get()}")],
    });
    private readonly GoogleServiceAccount _account;
    private readonly ConcurrentDictionary<string, bool> _issued = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, bool> _taken = new(StringComparer.Ordinal);
    private int _tokens;
    private int? _tokenStatus;

    public RbmApiFake(GoogleServiceAccount account)
    {
        _account = account;
        Accept();
    }

    public string BaseUrl => _server.Url!;

    public string TokenUrl => _server.Url + TokenPath;

    /// <summary>How many access tokens the token endpoint issued.</summary>
    public int TokensIssued => Volatile.Read(ref _tokens);

    /// <summary>Revokes the tokens issued after the first <paramref name="count"/> (the API answers 401 UNAUTHENTICATED to them).</summary>
    public void RevokeTokensIssuedAfter(int count)
    {
        foreach (var token in _issued.Keys.Where(t => int.Parse(t["ya29.fake-".Length..], CultureInfo.InvariantCulture) > count))
        {
            _issued.TryRemove(token, out _);
        }
    }

    /// <summary>The token endpoint answers with this status (400 <c>invalid_grant</c>, 503) instead of a token; null: it issues tokens.</summary>
    public void TokenEndpointAnswers(int? status) => _tokenStatus = status;

    public void Accept() => Map(Response.Create().WithCallback(AgentMessage));

    public void AcceptAfter(TimeSpan delay) => Map(Response.Create().WithCallback(async r =>
    {
        await Task.Delay(delay);
        return AgentMessage(r);
    }));

    /// <summary>Later agent messages get this status and Google error body.</summary>
    public void AnswerWith(int status, string body, string? retryAfter = null)
    {
        var response = Response.Create().WithStatusCode(status).WithHeader("Content-Type", "application/json; charset=UTF-8").WithBody(body);
        Map(retryAfter is null ? response : response.WithHeader("Retry-After", retryAfter));
    }

    /// <summary>Every agent message request: its path, query, Authorization and parsed body.</summary>
    public IReadOnlyList<(string Path, IReadOnlyDictionary<string, string> Query, string? Authorization, JsonObject Body)> AgentMessages => [.. _server.LogEntries
        .Select(e => e.RequestMessage!)
        .Where(r => r.Method == "POST" && r.Path != TokenPath)
        .Select(r => (RawPath(r), Query(r), Header(r, "Authorization"), JsonNode.Parse(r.Body ?? "{}")!.AsObject()))];

    public bool IsIssued(string? authorization) =>
        authorization is not null && authorization.StartsWith("Bearer ", StringComparison.Ordinal) && _issued.ContainsKey(authorization["Bearer ".Length..]);

    private void Map(IResponseBuilder agentMessages)
    {
        _server.ResetMappings();
        _server.Given(Request.Create().WithPath(TokenPath).UsingPost()).RespondWith(Response.Create().WithCallback(Token));
        _server.Given(Request.Create().WithPath(AgentMessagesPattern).UsingPost()).RespondWith(agentMessages);
    }

    private WireMock.ResponseMessage Token(WireMock.IRequestMessage request)
    {
        if (_tokenStatus is { } status)
        {
            return Json(status, status == 400
                ? """{"error":"invalid_grant","error_description":"Invalid JWT Signature."}"""
                : """{"error":"temporarily_unavailable"}""");
        }
        var form = (request.Body ?? "").Split('&').Select(p => p.Split('=', 2)).Where(p => p.Length == 2)
            .ToDictionary(p => Uri.UnescapeDataString(p[0].Replace('+', ' ')), p => Uri.UnescapeDataString(p[1].Replace('+', ' ')), StringComparer.Ordinal);
        if (!request.Headers!.TryGetValue("Content-Type", out var type) || !type[0].StartsWith("application/x-www-form-urlencoded", StringComparison.Ordinal)
            || form.GetValueOrDefault("grant_type") != "urn:ietf:params:oauth:grant-type:jwt-bearer"
            || !ValidAssertion(form.GetValueOrDefault("assertion")))
        {
            return Json(400, """{"error":"invalid_grant","error_description":"Invalid JWT Signature."}""");
        }
        var token = "ya29.fake-" + Interlocked.Increment(ref _tokens).ToString(CultureInfo.InvariantCulture);
        _issued[token] = true;
        return Json(200, $$"""{"access_token":"{{token}}","expires_in":3599,"token_type":"Bearer"}""");
    }

    private bool ValidAssertion(string? jwt)
    {
        var parts = jwt?.Split('.') ?? [];
        if (parts.Length != 3 || !_account.Verifies(Encoding.ASCII.GetBytes(parts[0] + "." + parts[1]), Base64Url.DecodeFromChars(parts[2])))
        {
            return false;
        }
        var header = JsonNode.Parse(Base64Url.DecodeFromChars(parts[0]))!;
        var claims = JsonNode.Parse(Base64Url.DecodeFromChars(parts[1]))!;
        return (string?)header["alg"] == "RS256" && (string?)header["kid"] == GoogleServiceAccount.KeyId
            && (string?)claims["iss"] == GoogleServiceAccount.ClientEmail
            && (string?)claims["scope"] == "https://www.googleapis.com/auth/rcsbusinessmessaging"
            && (string?)claims["aud"] == TokenUrl
            && (long)claims["exp"]! - (long)claims["iat"]! == 3600;
    }

    private WireMock.ResponseMessage AgentMessage(WireMock.IRequestMessage request)
    {
        if (!IsIssued(Header(request, "Authorization")))
        {
            return Json(401, """{"error":{"code":401,"message":"Request had invalid authentication credentials.","status":"UNAUTHENTICATED"}}""");
        }
        var query = Query(request);
        var msisdn = RawPath(request).Split('/')[3];
        if (!query.TryGetValue("messageId", out var messageId) || !query.ContainsKey("agentId") || JsonNode.Parse(request.Body ?? "null")?["contentMessage"] is null)
        {
            return Json(400, """{"error":{"code":400,"message":"Request contains an invalid argument.","status":"INVALID_ARGUMENT"}}""");
        }
        if (msisdn == NotRcsReachable)
        {
            return Json(404, System.IO.File.ReadAllText(RepoPaths.Fixture("providers/rbm/error.404-not-rcs-reachable.json")));
        }
        if (!_taken.TryAdd(messageId, true))
        {
            return Json(409, """{"error":{"code":409,"message":"Requested entity already exists","status":"ALREADY_EXISTS"}}""");
        }
        var content = JsonNode.Parse(request.Body!)!["contentMessage"]!.DeepClone();
        return Json(200, new JsonObject
        {
            ["name"] = $"phones/{msisdn}/agentMessages/{messageId}",
            ["sendTime"] = DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture),
            ["contentMessage"] = content,
        }.ToJsonString());
    }

    // The path as sent: WireMock's own Path decodes a '+' into a space, as if it were a form.
    private static string RawPath(WireMock.IRequestMessage request) => new Uri(request.AbsoluteUrl).AbsolutePath;

    private static Dictionary<string, string> Query(WireMock.IRequestMessage request) =>
        (request.Query ?? new Dictionary<string, WireMock.Types.WireMockList<string>>()).ToDictionary(q => q.Key, q => q.Value[0], StringComparer.Ordinal);

    private static string? Header(WireMock.IRequestMessage request, string name) =>
        request.Headers?.FirstOrDefault(h => h.Key.Equals(name, StringComparison.OrdinalIgnoreCase)).Value?.FirstOrDefault();

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
