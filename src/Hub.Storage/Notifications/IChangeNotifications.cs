namespace Hub.Storage.Notifications;

/// <summary>
/// Tells every Hub process sharing the database that something changed (a connector's secret, work to do), so that
/// caches refresh and idle workers wake within milliseconds instead of polling. PostgreSQL carries it with
/// LISTEN/NOTIFY; on SQLite, which one process serves, it stays in the process.
/// </summary>
public interface IChangeNotifications
{
    /// <summary>Sends <paramref name="payload"/> on <paramref name="channel"/> to every process, this one included; call after the change committed.</summary>
    Task PublishAsync(string channel, string payload, CancellationToken cancellationToken);

    /// <summary>
    /// Calls <paramref name="onNotification"/> for every notification on <paramref name="channel"/>, and
    /// <paramref name="onResync"/> when notifications may have been missed (a dropped connection): refresh everything then.
    /// </summary>
    IDisposable Subscribe(string channel, Action<string> onNotification, Action onResync);
}
