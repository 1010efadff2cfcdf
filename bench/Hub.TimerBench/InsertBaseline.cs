using System.Diagnostics;
using Npgsql;

namespace Hub.TimerBench;

/// <summary>
/// What the same durable PostgreSQL does without Hub: one small row per autocommit INSERT, from one connection (the
/// floor under any claim, which is one commit too) and from four (the default lane's workers).
/// </summary>
internal static class InsertBaseline
{
    private const int RowsPerConnection = 1000;
    private const int Warmup = 100;

    public static async Task<InsertBaselineResult> RunAsync(string connectionString, int connections)
    {
        await using (var setup = new NpgsqlConnection(connectionString))
        {
            await setup.OpenAsync();
            await using var create = new NpgsqlCommand(
                "CREATE TABLE IF NOT EXISTS bench_row (id bigserial PRIMARY KEY, created_at timestamptz NOT NULL DEFAULT now(), payload text NOT NULL)", setup);
            await create.ExecuteNonQueryAsync();
        }
        var latencies = new List<double>();
        var total = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, connections).Select(_ => Task.Run(async () =>
        {
            var own = new List<double>(RowsPerConnection);
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand("INSERT INTO bench_row (payload) VALUES ($1)", connection);
            command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = "a timer's worth of bytes" });
            await command.PrepareAsync();
            for (var i = 0; i < Warmup + RowsPerConnection; i++)
            {
                var clock = Stopwatch.StartNew();
                await command.ExecuteNonQueryAsync();
                if (i >= Warmup)
                {
                    own.Add(clock.Elapsed.TotalMilliseconds);
                }
            }
            return own;
        })).ToList();
        foreach (var own in await Task.WhenAll(workers))
        {
            latencies.AddRange(own);
        }
        // The warm-up is inside the wall time too; with a tenth of the rows it makes the rate a little low, not high.
        var seconds = total.Elapsed.TotalSeconds;
        return new InsertBaselineResult(connections, latencies.Count, Percentiles.Of(latencies, 0.5), Percentiles.Of(latencies, 0.99),
            connections * (Warmup + RowsPerConnection) / seconds);
    }
}
