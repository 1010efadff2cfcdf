using System.Runtime.InteropServices;
using System.Text;
using static Hub.Load.Report.MarkdownTable;

namespace Hub.Load.Report;

/// <summary>Writes a run up as docs/performance.md: verdict, goals, then every table the goals were computed from.</summary>
internal static class MarkdownReport
{
    public static string Render(RunReport r)
    {
        var text = new StringBuilder();
        var o = r.Options;
        text.AppendLine("# Hub performance").AppendLine();
        text.AppendLine($"Measured by `bench/Hub.Load` on {r.Started:yyyy-MM-dd HH:mm} UTC (commit {r.Commit}): {Environment.ProcessorCount} cores, " +
                        $"{RuntimeInformation.OSDescription}, .NET {Environment.Version}; the load tool, Hub and the database share the machine.");
        text.AppendLine($"{r.PostgresSettings}. SQLite: {r.SqliteSettings}.");
        text.AppendLine($"Options: {o.Connections} connections, warm-up {o.Warmup.TotalSeconds:0.#} s discarded, measured {o.Duration.TotalSeconds:0.#} s per phase, " +
                        $"idle {o.Idle.TotalSeconds:0.#} s, statistics settle {o.Settle.TotalSeconds:0.#} s{(o.Long > TimeSpan.Zero ? $", long run {o.Long}" : "")}" +
                        $"{(o.IntakeOnly ? ", intake phases only" : "")}{string.Concat(o.HubEnvironment.Select(v => $", Hub environment {v.Key}={v.Value}"))}.");
        text.AppendLine();
        text.AppendLine(r.Void
            ? "**VOID: a ledger below does not balance** (a request without an outcome, or an acknowledged webhook neither delivered, dead-lettered nor pending). No figure of this run may be quoted."
            : "Every ledger balances: each request sent was answered or failed, and each acknowledged webhook was delivered, dead-lettered or is still pending.");
        text.AppendLine();
        if (r.Problems.Count > 0)
        {
            text.AppendLine("Not measured in this run:").AppendLine();
            r.Problems.ForEach(p => text.AppendLine($"- {p}"));
            text.AppendLine();
        }

        text.AppendLine("## Goals").AppendLine();
        var goals = new MarkdownTable("measure", "value", "goal", "verdict");
        foreach (var g in Goals.Of(r))
        {
            goals.Row(g.Measure, g.Value, g.Target, g.Verdict);
        }
        goals.WriteTo(text);

        text.AppendLine("## Requests").AppendLine();
        text.AppendLine("Closed loop: the stated number of callers, each sending when its last answer came (latency = service time); the").
            AppendLine("maximum. Open: requests due at a fixed rate, latency measured from when each was due, so a stall counts against").
            AppendLine("every request it held back. Per second = expected answers (2xx; 401 for the reject path) per second, rows for batches.").AppendLine();
        var loads = new MarkdownTable("phase", "model", "target/s", "sent", "expected", "other status", "transport errors", "per second", "p50 ms", "p95 ms", "p99 ms", "max ms");
        foreach (var l in r.Loads)
        {
            loads.Row(l.Name, l.Model, l.TargetRate, l.Sent, l.Expected, l.OtherStatus, l.TransportErrors, l.ItemsPerSecond, l.Latency.P50, l.Latency.P95, l.Latency.P99, l.Latency.Max);
        }
        loads.WriteTo(text);

        text.AppendLine("## End to end: webhook → workflow → template → webhook provider → sink").AppendLine();
        text.AppendLine("Latency from each webhook's due time to its SMS arriving at the sink (correlated by order number); messages/s counts").
            AppendLine("arrivals after the warm-up until the last one.").AppendLine();
        var e2e = new MarkdownTable("phase", "model", "target/s", "acknowledged", "delivered", "messages/s", "p50 ms", "p95 ms", "p99 ms", "max ms", "duplicate arrivals", "bad signatures", "drain s");
        foreach (var e in r.EndToEnd)
        {
            e2e.Row(e.Phase, e.Model, e.TargetRate, e.Acknowledged, e.Delivered, e.DeliveredPerSecond, e.Latency.P50, e.Latency.P95, e.Latency.P99, e.Latency.Max,
                e.DuplicateArrivals, e.BadSignatures, e.DrainAfterLastSend.TotalSeconds);
        }
        e2e.WriteTo(text);

        text.AppendLine("## Ledger").AppendLine();
        text.AppendLine("sent = acknowledged + rejected + transport errors; acknowledged = delivered + dead-lettered + pending (from the sink").
            AppendLine("and `GET /api/v1/inbound`, `/events`, `/messages`). Workers off, every acknowledged webhook is pending.").AppendLine();
        var ledger = new MarkdownTable("phase", "sent", "acknowledged", "rejected", "transport errors", "delivered", "dead-lettered", "pending", "lost", "stored without 2xx", "verdict", "note");
        foreach (var l in r.Ledgers)
        {
            ledger.Row(l.Phase, l.Sent, l.Acknowledged, l.Rejected, l.TransportErrors, l.Delivered, l.DeadLettered, l.Pending, l.Lost, l.StoredWithoutAcknowledgement,
                l.Balances ? "balances" : "**VOID**", l.Note);
        }
        ledger.WriteTo(text);

        text.AppendLine("## PostgreSQL cost").AppendLine();
        text.AppendLine("Deltas of `pg_stat_database` (xact_commit + xact_rollback of the database measured) and `pg_stat_wal.wal_bytes`").
            AppendLine("(the whole cluster: autovacuum and checkpoints after earlier phases count too) across each phase, read after the statistics settled. Events: acknowledged webhooks, rows, or").
            AppendLine("requests (reject path).").AppendLine();
        var costs = new MarkdownTable("phase", "events", "transactions", "per event", "WAL bytes", "WAL bytes per event", "transactions/s between snapshots");
        foreach (var c in r.Costs)
        {
            costs.Row(c.Phase, c.Events, c.Transactions, c.TransactionsPerEvent, c.WalBytes, c.WalBytesPerEvent, c.TransactionsPerSecond);
        }
        costs.WriteTo(text);

        text.AppendLine("## CPU per answer").AppendLine();
        text.AppendLine("User + system CPU across each phase (warm-up included) per expected answer, of Hub's process (`/proc/<pid>/stat`; on").
            AppendLine("SQLite it includes the database engine) and of the load tool itself.").AppendLine();
        var cpu = new MarkdownTable("phase", "answers", "Hub µs", "load tool µs", "Hub cores busy");
        foreach (var c in r.Cpu)
        {
            cpu.Row(c.Phase, c.Events, c.HubMicrosPerEvent, c.ToolMicrosPerEvent, c.HubCores);
        }
        cpu.WriteTo(text);

        RssSection.Write(text, r);
        return text.ToString();
    }
}
