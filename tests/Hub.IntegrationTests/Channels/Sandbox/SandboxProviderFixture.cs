using System.Collections.Concurrent;
using Hub.Channels;
using Hub.Channels.Sandbox;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Hub.IntegrationTests.Channels.Sandbox;

/// <summary>
/// The sandbox as the host registers it. Its far side is Hub's own message ledger (what it reports delivered is the
/// message the handset shows), so an arrival here is a send it reported delivered. Answers are set as an operator
/// would, through its rejected and unavailable recipient lists; it cannot throttle or hang.
/// </summary>
public sealed class SandboxProviderFixture : IChannelProviderFixture, IDisposable
{
    private readonly IHost _host;
    private readonly ConcurrentQueue<ArrivedMessage> _arrivals = new();
    private FarSideAnswer _answer;

    public SandboxProviderFixture()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders().AddProvider(Logs).SetMinimumLevel(LogLevel.Trace);
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
        var result = await Provider.SendAsync(Configuration, message, cancellationToken);
        if (result.Succeeded)
        {
            _arrivals.Enqueue(new ArrivedMessage(message.Id, message.To, message.Body));
        }
        return result;
    }

    public Task<IReadOnlyList<ArrivedMessage>> ArrivalsOfAsync(string messageId) =>
        Task.FromResult<IReadOnlyList<ArrivedMessage>>([.. _arrivals.Where(a => a.IdempotencyKey == messageId)]);

    public void Dispose() => _host.Dispose();
}
