using System.Diagnostics;

namespace Hub.TimerBench;

/// <summary>
/// Booking → confirmation → reminder fired, through Hub's webhook and the shipped appointment-reminder workflow:
/// each appointment starts a day and a few seconds after its booking, so that "24 hours before" falls due while the
/// bench watches, with every far-future timer of the scale waiting beside it.
/// </summary>
internal static class AppointmentFlowMeasurement
{
    /// <summary>Time for the booking to be confirmed and to sleep before its reminder is due.</summary>
    private static readonly TimeSpan Lead = TimeSpan.FromSeconds(6);

    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    public static async Task<FlowResult> RunAsync(TimerHub hub, TimerDatabase database, int scale, int bookings, int round)
    {
        var answers = new List<double>();
        var posted = new List<(string Email, DateTimeOffset Posted, DateTimeOffset Due)>();
        for (var i = 0; i < bookings; i++)
        {
            var email = $"flow-{scale}-{round}-{i}@example.com";
            var start = DateTimeOffset.UtcNow.AddDays(1) + Lead;
            var (at, answer) = await AppointmentBooking.PostAsync(hub, $"FLOW{scale}R{round}X{i}", email, start);
            answers.Add(answer.TotalMilliseconds);
            posted.Add((email, at, start.AddDays(-1)));
            await Task.Delay(TimeSpan.FromMilliseconds(300)); // spread over the poll interval, not all in one
        }
        var confirmations = new List<double>();
        var late = new List<double>();
        var clock = Stopwatch.StartNew();
        foreach (var (email, at, due) in posted)
        {
            var confirmed = await WaitAsync(() => database.ComposedAsync(email, "confirm"), clock);
            confirmations.Add(confirmed is { } c ? (c - at).TotalMilliseconds : -1);
            var reminded = await WaitAsync(() => database.ComposedAsync(email, TimerDatabase.RemindStep), clock);
            late.Add(reminded is { } r ? (r - due).TotalMilliseconds : -1);
        }
        return new FlowResult(round, bookings, answers, confirmations, late, late.Count(l => l >= 0));
    }

    private static async Task<DateTimeOffset?> WaitAsync(Func<Task<DateTimeOffset?>> read, Stopwatch clock)
    {
        while (clock.Elapsed < Patience)
        {
            if (await read() is { } found)
            {
                return found;
            }
            await Task.Delay(TimeSpan.FromMilliseconds(100));
        }
        return null;
    }
}
