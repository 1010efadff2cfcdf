using System.Collections.Concurrent;

namespace Hub.Storage.Notifications;

/// <summary>Notifications within this process: all there is to tell on SQLite, and how PostgreSQL's are handed to subscribers.</summary>
public class InProcessChangeNotifications : IChangeNotifications
{
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<Subscription, byte>> _subscriptions = new(StringComparer.Ordinal);

    public virtual Task PublishAsync(string channel, string payload, CancellationToken cancellationToken)
    {
        Deliver(channel, payload);
        return Task.CompletedTask;
    }

    public IDisposable Subscribe(string channel, Action<string> onNotification, Action onResync)
    {
        var subscription = new Subscription(this, channel, onNotification, onResync);
        _subscriptions.GetOrAdd(channel, _ => new()).TryAdd(subscription, 0);
        OnSubscribed(channel);
        return subscription;
    }

    /// <summary>The channels someone listens on.</summary>
    protected IReadOnlyCollection<string> Channels => [.. _subscriptions.Where(s => !s.Value.IsEmpty).Select(s => s.Key)];

    protected virtual void OnSubscribed(string channel)
    {
    }

    protected void Deliver(string channel, string payload)
    {
        if (_subscriptions.TryGetValue(channel, out var subscribers))
        {
            foreach (var subscriber in subscribers.Keys)
            {
                subscriber.OnNotification(payload);
            }
        }
    }

    protected void ResyncAll()
    {
        foreach (var subscriber in _subscriptions.Values.SelectMany(s => s.Keys))
        {
            subscriber.OnResync();
        }
    }

    private sealed record Subscription(InProcessChangeNotifications Owner, string Channel, Action<string> OnNotification, Action OnResync) : IDisposable
    {
        public void Dispose()
        {
            if (Owner._subscriptions.TryGetValue(Channel, out var subscribers))
            {
                subscribers.TryRemove(this, out _);
            }
        }
    }
}
