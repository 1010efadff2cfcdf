using System.Collections.Concurrent;
using Hub.Channels;
using Hub.Channels.Sandbox;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Hub.IntegrationTests.Channels.Sandbox;

/// <summary>
/// The sandbox as the host registers it, with this fixture as its handset (the host's stores in
/// <c>sandbox_messages</c>, which the Hub process tests read): an arrival is what the sandbox handed to the handset. Answers are set as an operator
/// would, through its rejected and unavailable recipient lists; it cannot throttle or hang.
/// </summary>
public sealed class SandboxProviderFixture : IChannelProviderFixture, ISandboxHandset, IDisposable
{
    private readonly IHost _host;
    private readonly ConcurrentQueue<ArrivedMessage> _arrivals = new();
    private FarSideAnswer _answer;

    public SandboxProviderFixture()
    {
        var builder = Host.CreateApplicationBuilder();
        // A rule for the capturing provider itself: the host's appsettings.json (copied into the test output) cuts the default at Information.
        builder.Logging.ClearProviders().AddProvider(Logs).SetMinimumLevel(LogLevel.Trace).AddFilter<CapturedLogs>(null, LogLevel.Trace);
        builder.Services.AddSingleton<ISandboxHandset>(this);
        builder.AddHubSandboxChannel();
        _host = builder.Build();
        Provider = _host.Services.GetServices<IChannelProvider>().Single(p => p.Type == SandboxProvider.TypeName);
    }

    public IChannelProvider Provider { get; }

    public ProviderConfiguration Configuration { get; } = ProviderConfiguration.Create("sandbox", SandboxProvider.TypeName);

    public CapturedLogs Logs { get; } = new();

    public bool CanAnswer(FarSideAnswer answer) => answer is FarSideAnswer.Accepts or FarSideAnswer.Refuses or FarSideAnswer.IsUnavailable;

    public void Answer(FarSideAnswer answer) => _answer = answer;

    public async Task<SendResult> SendAsync(OutboundMessage message, CancellationToken cancellationToken = default)
    {
        var options = _host.Services.GetRequiredService<IOptionsMonitor<SandboxOptions>>().CurrentValue;
        options.RejectedRecipients.Clear();
        options.UnavailableRecipients.Clear();
        if (_answer == FarSideAnswer.Refuses)
        {
            options.RejectedRecipients.Add(message.To);
        }
        else if (_answer == FarSideAnswer.IsUnavailable)
        {
            options.UnavailableRecipients.Add(message.To);
        }
        return await Provider.SendAsync(Configuration, message, cancellationToken);
    }

    public Task RecordAsync(OutboundMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        _arrivals.Enqueue(new ArrivedMessage(message.Id, message.To, message.Body));
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<ArrivedMessage>> ArrivalsOfAsync(string messageId) =>
        Task.FromResult<IReadOnlyList<ArrivedMessage>>([.. _arrivals.Where(a => a.IdempotencyKey == messageId)]);

    public void Dispose() => _host.Dispose();
}
