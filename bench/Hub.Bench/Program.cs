using System.Diagnostics;
using System.Globalization;
using System.Net;
using Hub.IntegrationTests.Infrastructure;

// Webhook intake benchmark: acknowledgement latency of signed Shopify webhooks, and the time until every one has
// become a delivered message, on SQLite and PostgreSQL. The baseline, measured in the same run against the same
// process, is GET /health/live: what Kestrel plus the middleware cost without Hub's work.
//
//   dotnet run -c Release --project bench/Hub.Bench -- [count=2000] [concurrency=16] [sqlite|postgres|both]
var count = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 2000;
var concurrency = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 16;
var which = args.Length > 2 ? args[2] : "both";

Console.WriteLine($"{count} webhooks, concurrency {concurrency}, {Environment.ProcessorCount} cores, {DateTimeOffset.UtcNow:u}");
Console.WriteLine("| database | requests | p50 ms | p95 ms | p99 ms | max ms | ack/s | all delivered after s |");
Console.WriteLine("|---|---|---|---|---|---|---|---|");

foreach (var database in which == "both" ? new[] { "sqlite", "postgres" } : [which])
{
    // Intake alone (workers off): what a sender waits for. Then intake while the workers drain the same load.
    await RunAsync(database, processing: false);
    await RunAsync(database, processing: true);
}

async Task RunAsync(string database, bool processing)
{
    var directory = Directory.CreateTempSubdirectory("hub-bench-");
    await using var cluster = database == "postgres" ? await PostgresCluster.StartAsync() : null;
    var environment = cluster is null
        ? HubEnvironment.Sqlite(Path.Combine(directory.FullName, "bench.db"))
        : HubEnvironment.Postgres(await cluster.CreateDatabaseAsync("bench"));
    environment["Logging__LogLevel__Hub"] = "Warning";
    environment["Hub__Dispatcher__Enabled"] = processing ? "true" : "false";
    // Thousands of webhooks a second to one connector: the abuse limits are not what is measured.
    environment["Hub__Limits__Webhooks__PerSecond"] = "0";
    environment["Hub__Limits__AdminApi__PerSecond"] = "0";
    try
    {
        await using var hub = await HubProcess.StartAsync(environment);
        using var client = new HubClient(hub.BaseAddress);
        await client.PutConnectorAsync("bench", "shopify", "bench-secret", new { defaultRegion = "US" });

        // Warm-up: JIT, connection pools, the first key-ring read.
        await MeasureAsync(200, i => ShopifyWebhook.Request("bench", ShopifyWebhook.Order(900_000 + i, $"#W{i}"), "bench-secret", $"warm-{i}"), client.Http, HttpStatusCode.Accepted);
        if (processing)
        {
            await WaitDeliveredAsync(client, 200);
        }
        else
        {
            var baseline = await MeasureAsync(count, _ => new HttpRequestMessage(HttpMethod.Get, "/health/live"), client.Http, HttpStatusCode.OK);
            Print($"{database}: baseline GET /health/live", baseline, null);
        }

        var bodies = Enumerable.Range(0, count).Select(i => ShopifyWebhook.Order(1_000_000 + i, $"#{1_000_000 + i}")).ToArray();
        var started = Stopwatch.StartNew();
        var ingest = await MeasureAsync(count, i => ShopifyWebhook.Request("bench", bodies[i], "bench-secret", $"bench-{i}"), client.Http, HttpStatusCode.Accepted);
        TimeSpan? delivered = null;
        if (processing)
        {
            await WaitDeliveredAsync(client, 200 + count);
            delivered = started.Elapsed;
        }
        Print($"{database}: POST /webhooks, {(processing ? "workers draining the load" : "workers off")}", ingest, delivered);
    }
    finally
    {
        directory.Delete(recursive: true);
    }
}

async Task<(double[] Latencies, TimeSpan Elapsed)> MeasureAsync(int n, Func<int, HttpRequestMessage> request, HttpClient http, HttpStatusCode expected)
{
    var latencies = new double[n];
    var next = -1;
    var total = Stopwatch.StartNew();
    await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async _ =>
    {
        int i;
        while ((i = Interlocked.Increment(ref next)) < n)
        {
            using var message = request(i);
            var watch = Stopwatch.StartNew();
            using var response = await http.SendAsync(message);
            latencies[i] = watch.Elapsed.TotalMilliseconds;
            if (response.StatusCode != expected)
            {
                throw new InvalidOperationException($"Request {i}: {(int)response.StatusCode}");
            }
        }
    }));
    Array.Sort(latencies);
    return (latencies, total.Elapsed);
}

static async Task WaitDeliveredAsync(HubClient client, int expected)
{
    var deadline = DateTime.UtcNow.AddMinutes(10);
    while ((await client.AllAsync("/api/v1/messages?status=delivered")).Count < expected)
    {
        if (DateTime.UtcNow > deadline)
        {
            throw new TimeoutException($"Not all {expected} messages were delivered within 10 minutes.");
        }
        await Task.Delay(200);
    }
}

static void Print(string label, (double[] Latencies, TimeSpan Elapsed) run, TimeSpan? delivered)
{
    static string P(double[] sorted, double q) => sorted[Math.Min(sorted.Length - 1, (int)(q * sorted.Length))].ToString("F2", CultureInfo.InvariantCulture);
    var l = run.Latencies;
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"| {label} | {l.Length} | {P(l, 0.50)} | {P(l, 0.95)} | {P(l, 0.99)} | {l[^1]:F2} | {l.Length / run.Elapsed.TotalSeconds:F0} | {(delivered is { } d ? d.TotalSeconds.ToString("F1", CultureInfo.InvariantCulture) : "-")} |"));
}
