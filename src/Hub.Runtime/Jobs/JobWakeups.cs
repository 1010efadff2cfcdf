using Hub.Storage.Notifications;
using Microsoft.Extensions.Options;

namespace Hub.Runtime.Jobs;

/// <summary>
/// Wakes workers when new jobs are committed. In a process that runs the dispatcher the in-process signal does it; a
/// process that only takes webhooks (<c>Hub:Roles=ingest</c>) tells the workers of other processes through the
/// database's notifications, so that a split deployment delivers in milliseconds, not at the next poll.
/// </summary>
public sealed class JobWakeups : IDisposable
{
    public const string Channel = "hub_jobs";

    private readonly JobSignal _signal;
    private readonly IChangeNotifications _notifications;
    private readonly bool _working;
    private readonly IDisposable? _subscription;

    public JobWakeups(JobSignal signal, IChangeNotifications notifications, IOptions<DispatcherOptions> options)
    {
        ArgumentNullException.ThrowIfNull(notifications);
        ArgumentNullException.ThrowIfNull(options);
        _signal = signal;
        _notifications = notifications;
        _working = options.Value.Enabled;
        if (_working)
        {
            _subscription = notifications.Subscribe(Channel, lane => signal.Notify(lane), signal.NotifyAll);
        }
    }

    /// <summary>Call after the commit that stored jobs in <paramref name="lane"/>.</summary>
    public Task StoredAsync(string lane, CancellationToken cancellationToken)
    {
        if (_working)
        {
            _signal.Notify(lane);
            return Task.CompletedTask;
        }
        return _notifications.PublishAsync(Channel, lane, cancellationToken);
    }

    public void Dispose() => _subscription?.Dispose();
}
