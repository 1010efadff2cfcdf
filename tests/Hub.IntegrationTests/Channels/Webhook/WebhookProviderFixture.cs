using System.Text.Json.Nodes;
using Hub.Channels;
using Hub.Channels.Webhook;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Hub.IntegrationTests.Channels.Webhook;

/// <summary>The webhook plugin as the host registers it (named client, no redirects), against a receiver on 127.0.0.1.</summary>
public sealed class WebhookProviderFixture : IChannelProviderFixture, IDisposable
{
    private readonly IHost _host;
    private readonly ProviderConfiguration _patient;
    private readonly ProviderConfiguration _impatient;

    public WebhookProviderFixture()
    {
        var builder = Host.CreateApplicationBuilder();
        // A rule for the capturing provider itself: the host's appsettings.json (copied into the test output) cuts the default at Information.
        builder.Logging.ClearProviders().AddProvider(Logs).SetMinimumLevel(LogLevel.Trace).AddFilter<CapturedLogs>(null, LogLevel.Trace);
        builder.AddHubWebhookChannel();
        _host = builder.Build();
        Provider = _host.Services.GetServices<IChannelProvider>().Single(p => p.Type == WebhookProvider.TypeName);
        // A patient instance for every answer but a hang, so that a loaded machine does not turn a 200 into a timeout;
        // an impatient one (1 s) against a receiver that answers after 3 s for the hang.
        _patient = Configure(timeoutSeconds: 30);
        _impatient = Configure(timeoutSeconds: 1);
        Configuration = _patient;
    }

    private ProviderConfiguration Configure(int timeoutSeconds) => ProviderConfiguration.Create("internal-crm", WebhookProvider.TypeName,
        new JsonObject { ["url"] = Receiver.Url, ["timeoutSeconds"] = timeoutSeconds },
        new Dictionary<string, string> { ["secret"] = Receiver.Secret });

    public WebhookReceiver Receiver { get; } = new();

    public IChannelProvider Provider { get; }

    public ProviderConfiguration Configuration { get; private set; }

    public CapturedLogs Logs { get; } = new();

    public bool CanAnswer(FarSideAnswer answer) => true;

    public TimeSpan? ThrottleRetryAfter => TimeSpan.FromSeconds(7);

    public void Answer(FarSideAnswer answer)
    {
        Configuration = answer == FarSideAnswer.Hangs ? _impatient : _patient;
        switch (answer)
        {
            case FarSideAnswer.Accepts:
                Receiver.AnswerWith(200);
                break;
            case FarSideAnswer.Refuses:
                Receiver.AnswerWith(422);
                break;
            case FarSideAnswer.IsUnavailable:
                Receiver.AnswerWith(503);
                break;
            case FarSideAnswer.Throttles:
                Receiver.AnswerWith(429);
                break;
            case FarSideAnswer.Hangs:
                Receiver.AnswerWith(200, delay: TimeSpan.FromSeconds(3));
                break;
        }
    }

    public Task<SendResult> SendAsync(OutboundMessage message, CancellationToken cancellationToken = default) =>
        Provider.SendAsync(Configuration, message, cancellationToken);

    public Task<IReadOnlyList<ArrivedMessage>> ArrivalsOfAsync(string messageId) =>
        Task.FromResult<IReadOnlyList<ArrivedMessage>>([.. Receiver.Deliveries.Where(d => d.Id == messageId)
            .Select(d => new ArrivedMessage(d.Id!, (string)d.Payload["to"]!, (string)d.Payload["body"]!))]);

    public void Dispose()
    {
        _host.Dispose();
        Receiver.Dispose();
    }
}
