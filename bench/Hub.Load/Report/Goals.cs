namespace Hub.Load.Report;

/// <summary>The ratios and limits of issue 6 §4, computed from the run.</summary>
internal static class Goals
{
    public static IEnumerable<Goal> Of(RunReport r)
    {
        double? Ratio(double? hub, double? floor) => hub is { } h && floor is { } f && f > 0 ? h / f : null;
        var pg = "postgres";
        yield return new Goal("reject (401) / empty Kestrel, requests/s", Ratio(r.HubReject.GetValueOrDefault(pg)?.AchievedPerSecond, r.EmptyKestrel?.AchievedPerSecond), "≥ 0.3", v => v >= 0.3);
        yield return new Goal("intake (workers off) / single-row INSERT, per second", Ratio(r.HubIngest.GetValueOrDefault(pg)?.AchievedPerSecond, r.PostgresInsert?.AchievedPerSecond), "≥ 0.8", v => v >= 0.8);
        yield return new Goal("end to end (max) / single-row INSERT, per second", Ratio(r.HubEndToEndMax.GetValueOrDefault(pg)?.DeliveredPerSecond, r.PostgresInsert?.AchievedPerSecond), "≥ 0.25", v => v >= 0.25);
        yield return new Goal("PostgreSQL transactions per webhook, end to end", r.HubEndToEndCost.GetValueOrDefault(pg)?.TransactionsPerEvent, "≤ 6", v => v <= 6);
        yield return new Goal("webhook → sink p50 at half the end-to-end max, ms", r.HubEndToEndHalf.GetValueOrDefault(pg)?.Latency.P50, "≤ 50", v => v <= 50);
        yield return new Goal("webhook → sink p99 at half the end-to-end max, ms", r.HubEndToEndHalf.GetValueOrDefault(pg)?.Latency.P99, "≤ 500", v => v <= 500);
        yield return new Goal("idle PostgreSQL transactions per second", r.Idle?.TransactionsPerSecond, "≤ 5", v => v <= 5);
        if (r.Options.Sqlite)
        {
            yield return new Goal("SQLite: intake / SQLite single-row INSERT", Ratio(r.HubIngest.GetValueOrDefault("sqlite")?.AchievedPerSecond, r.SqliteInsert?.AchievedPerSecond), "-", null);
            yield return new Goal("SQLite: end to end (max) / SQLite single-row INSERT", Ratio(r.HubEndToEndMax.GetValueOrDefault("sqlite")?.DeliveredPerSecond, r.SqliteInsert?.AchievedPerSecond), "-", null);
        }
    }
}
