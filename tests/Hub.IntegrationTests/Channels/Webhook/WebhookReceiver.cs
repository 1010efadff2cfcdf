using System.Globalization;
using System.Text;
using Hub.IntegrationTests.Infrastructure;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Settings;

namespace Hub.IntegrationTests.Channels.Webhook;

/// <summary>
/// An internal system receiving Hub's webhook provider: a WireMock server on 127.0.0.1 whose answers a test sets
/// (one status, or a sequence), and which verifies each delivery's signature with the instance's secret.
/// </summary>
public sealed class WebhookReceiver : IDisposable
{
    private const string HookPath = "/hooks/messages";
    private readonly WireMockServer _server = WireMockServer.Start(new WireMockServerSettings
    {
        Urls = [string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{FreePort.Get()}")],
    });

    public WebhookReceiver() => AnswerWith(200);

    public string Secret { get; } = StandardWebhooksVerifier.NewSecret();

    public string Url => _server.Url + HookPath;

    /// <summary>Every later delivery gets <paramref name="status"/>, after <paramref name="delay"/> when given.</summary>
    public void AnswerWith(int status, TimeSpan? delay = null)
    {
        _server.ResetMappings();
        var response = Response.Create().WithStatusCode(status);
        if (status == 429)
        {
            response = response.WithHeader("Retry-After", "7");
        }
        _server.Given(Request.Create().WithPath(HookPath).UsingPost()).RespondWith(delay is { } d ? response.WithDelay(d) : response);
    }

    /// <summary>The next deliveries get these statuses in turn; the last one sticks.</summary>
    public void AnswerInTurn(params int[] statuses)
    {
        _server.ResetMappings();
        _server.ResetScenario("turns");
        for (var i = 0; i < statuses.Length; i++)
        {
            var mapping = _server.Given(Request.Create().WithPath(HookPath).UsingPost()).InScenario("turns");
            if (i > 0)
            {
                mapping = mapping.WhenStateIs(i.ToString(CultureInfo.InvariantCulture));
            }
            if (i < statuses.Length - 1)
            {
                mapping = mapping.WillSetStateTo((i + 1).ToString(CultureInfo.InvariantCulture));
            }
            mapping.RespondWith(Response.Create().WithStatusCode(statuses[i]));
        }
    }

    public IReadOnlyList<ReceivedWebhook> Deliveries => [.. _server.LogEntries.Select(e => e.RequestMessage!).Where(r => r.Path == HookPath).Select(r =>
    {
        string? Header(string name) => r.Headers?.FirstOrDefault(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)).Value?.FirstOrDefault();
        var body = r.BodyAsBytes ?? Encoding.UTF8.GetBytes(r.Body ?? "");
        var (id, timestamp, signature) = (Header("webhook-id"), Header("webhook-timestamp"), Header("webhook-signature"));
        return new ReceivedWebhook(id, timestamp, signature, Header("Content-Type"), body, StandardWebhooksVerifier.Verify(Secret, id, timestamp, signature, body));
    })];

    public void Dispose() => _server.Dispose();
}
