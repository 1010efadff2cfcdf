using Hub.Runtime.Jobs;

namespace Hub.Intake.Internals;

/// <summary>
/// Tells the workers that ingest jobs were committed, off the committers' path: a committer only raises a flag and
/// goes on to its next group. While one wake-up is being sent (in an ingest-only process a <c>pg_notify</c>, its own
/// round trip and transaction) further commits are folded into one more, sent right after it, so every commit is still
/// followed by a wake-up that starts after it. No timer: the next wake-up goes as soon as the last one is done.
/// </summary>
internal sealed class CoalescedWakeup(JobWakeups wakeups)
{
    private int _state; // 0 idle, 1 sending, 2 sending and asked again

    public void Stored()
    {
        if (Interlocked.Exchange(ref _state, 2) == 0)
        {
            _ = Task.Run(SendAsync);
        }
    }

    private async Task SendAsync()
    {
        do
        {
            // Whatever is committed by now is covered by the wake-up about to be sent.
            Volatile.Write(ref _state, 1);
            try
            {
                await wakeups.StoredAsync(JobLanes.Default, CancellationToken.None);
            }
            catch (Exception)
            {
                // Only a wake-up: the workers' poll finds the jobs anyway.
            }
        }
        while (Interlocked.CompareExchange(ref _state, 0, 1) != 1);
    }
}
