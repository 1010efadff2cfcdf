using Hub.Storage;

namespace Hub.Runtime;

/// <summary>
/// Queues this process's writers on SQLite, which allows one writer at a time. Without it, concurrent writers meet
/// SQLITE_BUSY and the driver retries after sleeping 150 ms, which turns a millisecond commit into a second-long
/// webhook answer under load. On PostgreSQL it does nothing: row locks there are fine-grained.
/// </summary>
public sealed class SqliteWriteGate : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    public async ValueTask<Turn> EnterAsync(HubDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (!db.IsSqlite)
        {
            return default;
        }
        await _gate.WaitAsync(cancellationToken);
        return new Turn(_gate);
    }

    public void Dispose() => _gate.Dispose();

    /// <summary>Holds the gate until disposed; the default value holds nothing.</summary>
    public readonly struct Turn(SemaphoreSlim? gate) : IDisposable
    {
        public void Dispose() => gate?.Release();
    }
}
