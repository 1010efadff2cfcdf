using System.Text;

namespace Hub.TimerBench;

internal static class TimerBenchReport
{
    public static string Render(TimerBenchResult result, TimerBenchOptions options)
    {
        var (scales, baselines) = (result.Scales, result.Baselines);
        var text = new StringBuilder();
        var smallest = Percentiles.Of(scales[0].Claim.ClaimMs, 0.5);
        text.AppendLine($"Due-timer claim: `JobQueue.ClaimAsync` of {options.BatchSize} due `workflow-run` timers among the waiting ones, {options.Claims} claims per row " +
                        $"({TimerBenchOptions.WarmupClaims} warm-up claims discarded), each followed by the fenced batch completion (one commit); " +
                        $"the databases take turns in rounds, so that the machine's noise falls on each alike (load average {result.ClaimLoadAverage:F1}):");
        text.AppendLine();
        text.AppendLine("| waiting instances with far-future timers | fill + analyze s | claim p50 ms | claim p99 ms | complete p50 ms | claim p50 vs smallest | plan |");
        text.AppendLine("|---|---|---|---|---|---|---|");
        foreach (var claim in scales.Select(s => s.Claim))
        {
            var p50 = Percentiles.Of(claim.ClaimMs, 0.5);
            text.AppendLine($"| {claim.PendingTimers:N0} | {claim.Fill.TotalSeconds:F1} | {p50:F2} | {Percentiles.Of(claim.ClaimMs, 0.99):F2} | " +
                            $"{Percentiles.Of(claim.CompleteMs, 0.5):F2} | {p50 / smallest:F2}× | {claim.Plan.Replace("|", "/", StringComparison.Ordinal)} |");
        }
        text.AppendLine();
        text.AppendLine($"Burst: {options.Burst:N0} waiting appointment-reminder instances whose timers all fall due at one instant, fired by one Hub process " +
                        "(production timings: 1 s poll, default lane 4 workers × 32), the scales taking turns in ABBA order, the due instant at a random phase of the poll; " +
                        "lags from the due instant to each reminder composed (the handler's clock, just before its batch commits):");
        text.AppendLine();
        text.AppendLine("| waiting far-future timers | round | due at once | stored before due ms | fired | first lag ms | p50 lag ms | last lag ms | fired/s (first → last) | fired/s (from due) | sent | last sent after due ms | transactions per timer | Hub CPU ms per timer | load average |");
        text.AppendLine("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|");
        foreach (var (burst, pending) in scales.SelectMany(s => s.Bursts.Select(b => (b, s.Claim.PendingTimers))).OrderBy(r => r.b.Round).ThenBy(r => r.PendingTimers))
        {
            text.AppendLine($"| {pending:N0} | {burst.Round + 1} | {burst.Timers:N0} | {burst.StoredBeforeDueMs:F0} | {burst.Fired:N0} | {burst.FirstLagMs:F0} | {burst.MedianLagMs:F0} | " +
                            $"{burst.LastLagMs:F0} | {burst.FiredPerSecond:F0} | {burst.FiredPerSecondFromDue:F0} | {burst.Sent:N0} | {burst.LastSentLagMs:F0} | {burst.CommitsPerTimer:F2} | {burst.HubCpuMsPerTimer:F2} | {burst.LoadAverage:F1} |");
        }
        text.AppendLine();
        text.AppendLine($"Appointment flow: {options.Bookings} signed Calendly `invitee.created` webhooks, each appointment starting 24 h + 6 s after its booking " +
                        "(the shipped `appointment-reminder` workflow: confirmation at once, reminder 24 h before):");
        text.AppendLine();
        text.AppendLine("| waiting far-future timers | round | bookings | reminded | webhook 202 p50 ms | booking → confirmation composed p50 / max ms | reminder composed after due p50 / max ms |");
        text.AppendLine("|---|---|---|---|---|---|---|");
        foreach (var (flow, pending) in scales.SelectMany(s => s.Flows.Select(f => (f, s.Claim.PendingTimers))).OrderBy(r => r.f.Round).ThenBy(r => r.PendingTimers))
        {
            text.AppendLine($"| {pending:N0} | {flow.Round + 1} | {flow.Bookings} | {flow.Reminded} | {Percentiles.Of(flow.AnswerMs, 0.5):F1} | " +
                            $"{Percentiles.Of(flow.ConfirmationMs, 0.5):F0} / {flow.ConfirmationMs.Max():F0} | {Percentiles.Of(flow.ReminderLateMs, 0.5):F0} / {flow.ReminderLateMs.Max():F0} |");
        }
        text.AppendLine();
        text.AppendLine("Baseline on the same database: single-row autocommit INSERT (each one durable commit):");
        text.AppendLine();
        text.AppendLine("| connections | rows | p50 ms | p99 ms | rows/s |");
        text.AppendLine("|---|---|---|---|---|");
        foreach (var baseline in baselines)
        {
            text.AppendLine($"| {baseline.Connections} | {baseline.Rows:N0} | {baseline.P50Ms:F2} | {baseline.P99Ms:F2} | {baseline.RowsPerSecond:F0} |");
        }
        text.AppendLine();
        var single = baselines.FirstOrDefault(b => b.Connections == 1);
        var four = baselines.FirstOrDefault(b => b.Connections == 4);
        foreach (var scale in scales)
        {
            text.Append($"- {scale.Claim.PendingTimers:N0} waiting: claim p50 {Percentiles.Of(scale.Claim.ClaimMs, 0.5) / (single?.P50Ms ?? double.NaN):F2}× one INSERT's p50; ");
            var fired = scale.Bursts.Average(b => b.FiredPerSecond);
            text.Append($"burst {fired:F0} fired/s on average, {fired / (four?.RowsPerSecond ?? double.NaN):F2}× the 4-connection INSERT rate, ");
            text.Append($"{fired / scales[0].Bursts.Average(b => b.FiredPerSecond):F2}× the smallest scale's; ");
            text.AppendLine($"{scale.PendingAfter:N0} timers still pending after the run.");
        }
        return text.ToString();
    }
}
