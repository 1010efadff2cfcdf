using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Hub.IntegrationTests.Infrastructure;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Settings;

namespace Hub.IntegrationTests.Channels.SendGrid;

/// <summary>
/// SendGrid's Mail Send API as documented (tsg_mail_v3): <c>POST /v3/mail/send</c> with a Bearer API key and a JSON
/// body answers 202 with <c>X-Message-Id</c> and no body; a request without the key or JSON is not matched (WireMock's 404).
/// Answers come from the shared fixtures (<c>tests/fixtures/providers/sendgrid</c>).
/// </summary>
public sealed class SendGridFake : IDisposable
{
    public const string MailSendPath = "/v3/mail/send";
    public const string ApiKey = "SG.compliance-key.0123456789abcdef";

    private readonly WireMockServer _server = WireMockServer.Start(new WireMockServerSettings
    {
        Urls = [string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{FreePort.Get()}")],
    });

    public SendGridFake() => Accept();

    public string BaseUrl => _server.Url!;

    /// <summary>The documented 202's <c>X-Message-Id</c> (mail-send.response.202.headers.json).</summary>
    public static string AcceptedMessageId { get; } =
        (string)JsonNode.Parse(File.ReadAllText(Fixture("mail-send.response.202.headers.json")))!["headers"]!["X-Message-Id"]!;

    public static string Fixture(string file) => RepoPaths.Fixture(Path.Combine("providers", "sendgrid", file));

    public void Accept(TimeSpan? delay = null) =>
        AnswerWith(202, headers: new Dictionary<string, string> { ["X-Message-Id"] = AcceptedMessageId }, delay: delay);

    /// <summary>Every later send gets <paramref name="status"/> with this JSON body and these headers, after <paramref name="delay"/> when given.</summary>
    public void AnswerWith(int status, string? body = null, IReadOnlyDictionary<string, string>? headers = null, TimeSpan? delay = null)
    {
        _server.ResetMappings();
        var response = Response.Create().WithStatusCode(status);
        foreach (var (name, value) in headers ?? new Dictionary<string, string>())
        {
            response = response.WithHeader(name, value);
        }
        if (body is not null)
        {
            response = response.WithHeader("Content-Type", "application/json").WithBody(body);
        }
        _server
            .Given(Request.Create().WithPath(MailSendPath).UsingPost()
                .WithHeader("Authorization", $"Bearer {ApiKey}")
                .WithHeader("Content-Type", "application/json*"))
            .RespondWith(delay is { } d ? response.WithDelay(d) : response);
    }

    /// <summary>Every mail send that reached the API, with its headers and parsed body.</summary>
    public IReadOnlyList<(IReadOnlyDictionary<string, string> Headers, JsonObject Body)> Sends =>
        [.. _server.LogEntries.Select(e => e.RequestMessage!).Where(r => r.Path == MailSendPath).Select(r =>
        {
            IReadOnlyDictionary<string, string> headers = (r.Headers ?? new Dictionary<string, WireMock.Types.WireMockList<string>>())
                .ToDictionary(h => h.Key, h => string.Join(",", h.Value), StringComparer.OrdinalIgnoreCase);
            var body = JsonNode.Parse(r.BodyAsBytes ?? Encoding.UTF8.GetBytes(r.Body ?? "{}"))!.AsObject();
            return (headers, body);
        })];

    public void Dispose() => _server.Dispose();
}
