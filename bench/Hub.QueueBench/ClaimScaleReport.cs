using System.Text;

namespace Hub.QueueBench;

internal static class ClaimScaleReport
{
    public static string Render(IReadOnlyList<ClaimScaleResult> rows, QueueBenchOptions options)
    {
        var text = new StringBuilder();
        text.AppendLine($"Claim of {options.BatchSize} due jobs at a time, {options.Claims} claims per row, each followed by the fenced batch completion (one commit):");
        text.AppendLine();
        text.AppendLine("| database | pending future jobs | claim p50 ms | claim p99 ms | complete p50 ms | claim p50 vs smallest | plan |");
        text.AppendLine("|---|---|---|---|---|---|---|");
        foreach (var group in rows.GroupBy(r => r.Database))
        {
            var baseline = ClaimScaleResult.Percentile(group.First().ClaimMs, 0.5);
            foreach (var row in group)
            {
                var p50 = ClaimScaleResult.Percentile(row.ClaimMs, 0.5);
                text.AppendLine($"| {row.Database} | {row.FutureJobs:N0} | {p50:F2} | {ClaimScaleResult.Percentile(row.ClaimMs, 0.99):F2} | " +
                    $"{ClaimScaleResult.Percentile(row.CompleteMs, 0.5):F2} | {p50 / baseline:F2}× | {row.Plan.Replace("|", "/", StringComparison.Ordinal)} |");
            }
        }
        return text.ToString();
    }
}
