using Hub.Channels;
using Polly;
using Polly.CircuitBreaker;
using Polly.Registry;

namespace Hub.Messaging.Internals;

/// <summary>
/// A circuit breaker per provider instance (Polly): when at least half of a provider's last 30 seconds of sends
/// (ten or more) failed transiently, its circuit opens for 15 seconds and sends do not call it at all; they move to
/// the channel's next provider, or wait. Per process: each node judges the provider by what it sees.
/// </summary>
internal sealed class ProviderCircuits(TimeProvider time) : IDisposable
{
    private readonly ResiliencePipelineRegistry<string> _registry = new();

    public static readonly TimeSpan BreakDuration = TimeSpan.FromSeconds(15);

    /// <summary>Sends through the instance's breaker; an open circuit answers a transient failure without calling the provider.</summary>
    public async Task<(SendResult Result, bool CircuitOpen)> SendAsync(ResolvedProvider provider, OutboundMessage message, CancellationToken cancellationToken)
    {
        var pipeline = _registry.GetOrAddPipeline<SendResult>(provider.Id, builder =>
        {
            builder.TimeProvider = time;
            builder.AddCircuitBreaker(new CircuitBreakerStrategyOptions<SendResult>
            {
                FailureRatio = 0.5,
                MinimumThroughput = 10,
                SamplingDuration = TimeSpan.FromSeconds(30),
                BreakDuration = BreakDuration,
                ShouldHandle = args => ValueTask.FromResult(args.Outcome.Result?.Outcome == SendOutcome.TransientFailure),
            });
        });
        try
        {
            var result = await pipeline.ExecuteAsync(
                static async (state, token) => await state.provider.Type.SendAsync(state.provider.Configuration, state.message, token),
                (provider, message), cancellationToken);
            return (result, false);
        }
        catch (BrokenCircuitException)
        {
            return (SendResult.Transient($"Provider '{provider.Id}' failed too often lately; its circuit is open, it is not called for up to {BreakDuration.TotalSeconds:0} s."), true);
        }
    }

    public void Dispose() => _registry.Dispose();
}
