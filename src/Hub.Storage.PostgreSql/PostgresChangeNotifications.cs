using Hub.Storage.Notifications;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Hub.Storage.PostgreSql;

/// <summary>
/// LISTEN/NOTIFY across every process on the database. One connection listens; when it drops, subscribers are told
/// to resynchronise, since notifications sent meanwhile are lost. Publishing is one <c>pg_notify</c> after the change
/// committed, delivered to this process through its own listener like to every other.
/// </summary>
public sealed class PostgresChangeNotifications(string connectionString, ILogger<PostgresChangeNotifications> logger)
    : InProcessChangeNotifications, IHostedService, IDisposable
{
    private readonly CancellationTokenSource _stopping = new();
    private volatile bool _channelsChanged;
    private Task? _listening;

    public override async Task PublishAsync(string channel, string payload, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("SELECT pg_notify(@channel, @payload)", connection);
        command.Parameters.AddWithValue("channel", channel);
        command.Parameters.AddWithValue("payload", payload);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    protected override void OnSubscribed(string channel) => _channelsChanged = true;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _listening = Task.Run(() => ListenAsync(_stopping.Token), CancellationToken.None);
        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await _stopping.CancelAsync();
        if (_listening is not null)
        {
            await _listening.WaitAsync(cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    public void Dispose() => _stopping.Dispose();

    private async Task ListenAsync(CancellationToken stoppingToken)
    {
        var delay = TimeSpan.FromMilliseconds(200);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var builder = new NpgsqlConnectionStringBuilder(connectionString) { KeepAlive = 15, Pooling = false };
                await using var connection = new NpgsqlConnection(builder.ConnectionString);
                await connection.OpenAsync(stoppingToken);
                connection.Notification += (_, e) => Deliver(e.Channel, e.Payload);
                await ListenToChannelsAsync(connection, stoppingToken);
                ResyncAll(); // whatever was sent while we were not listening is lost
                delay = TimeSpan.FromMilliseconds(200);
                while (!stoppingToken.IsCancellationRequested)
                {
                    if (_channelsChanged)
                    {
                        await ListenToChannelsAsync(connection, stoppingToken);
                        // A change sent between the subscription and this LISTEN was not heard: refresh.
                        ResyncAll();
                    }
                    // Short, so that a channel subscribed meanwhile is listened to soon; waiting costs the database nothing.
                    await connection.WaitAsync(TimeSpan.FromMilliseconds(200), stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                logger.LogWarning("Listening for change notifications failed ({Error}); reconnecting in {Delay}", ex.GetType().Name, delay);
                await Task.Delay(delay, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
                delay = TimeSpan.FromMilliseconds(Math.Min(delay.TotalMilliseconds * 2, 5000));
            }
        }
    }

    private async Task ListenToChannelsAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        _channelsChanged = false;
        foreach (var channel in Channels)
        {
            // Channel names are Hub's own constants, quoted as identifiers.
            await using var command = new NpgsqlCommand($"LISTEN \"{channel.Replace("\"", "\"\"", StringComparison.Ordinal)}\"", connection);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }
}
