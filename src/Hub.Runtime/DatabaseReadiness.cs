namespace Hub.Runtime;

/// <summary>Signals when the database has been migrated, so that workers and readiness checks wait for it.</summary>
public sealed class DatabaseReadiness
{
    private readonly TaskCompletionSource _migrated = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public bool IsMigrated => _migrated.Task.IsCompleted;

    public void MarkMigrated() => _migrated.TrySetResult();

    public Task WaitAsync(CancellationToken cancellationToken) => _migrated.Task.WaitAsync(cancellationToken);
}
