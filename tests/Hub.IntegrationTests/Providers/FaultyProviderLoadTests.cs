using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Hub.IntegrationTests.Channels.LinkMobility;
using Hub.IntegrationTests.Infrastructure;

namespace Hub.IntegrationTests.Providers;

/// <summary>
/// Sending reliably against a faulty provider, per database: LINK's fake fails 30% of requests (500, 429 with
/// Retry-After, and answers slower than the instance's timeout), yet 1,000 messages are all delivered, none twice
/// on the fake's side, and the instance's rate limit holds within 5% (on PostgreSQL across two Hub processes).
/// Bounded: 1,000 messages at 100 per second, on 127.0.0.1, stopping by itself.
/// </summary>
public abstract class FaultyProviderLoadTests(IHubDatabase database, int processes) : IDisposable
{
    private const string ProviderId = "link-load";
    private const int Messages = 1000;
    private const int Rate = 100;
    private readonly LinkMobilityFake _fake = new("hub-api", "api-password", "HUB-PLATFORM", "HUB-PARTNER", "HubShop", gate: null);
    private readonly ConcurrentQueue<(string RefId, DateTimeOffset At, int Status)> _requests = new();

    private LinkFault? Choose(JsonObject body)
    {
        var roll = Random.Shared.NextDouble();
        LinkFault? fault = roll switch
        {
            < 0.10 => new LinkFault(500),
            < 0.20 => new LinkFault(429, RetryAfter: "1"),
            < 0.30 => new LinkFault(503, Delay: TimeSpan.FromSeconds(3.5)), // past the instance's 3 s timeout
            _ => null,
        };
        _requests.Enqueue(((string)body["refId"]!, DateTimeOffset.UtcNow, fault?.Status ?? 200));
        return fault;
    }

    [Fact]
    public async Task A_thousand_messages_through_a_provider_failing_30_percent_arrive_once_each_within_the_rate()
    {
        _fake.AnswerEachWith(Choose);
        var environment = (await database.CreateEnvironmentAsync()).AtLowPriority();
        environment["Hub__Jobs__BackoffBase"] = "00:00:00.200";
        environment["Hub__Jobs__BackoffCap"] = "00:00:03";
        environment["Hub__Jobs__MaxAttempts"] = "30";
        // No node is killed here, and a lease that runs out during a call is a send made twice by design (counted as a
        // possible duplicate): a lease long enough that a node starved of CPU by the tests beside it keeps its claims.
        environment["Hub__Dispatcher__Lease"] = "00:00:20";
        // A thousand sends through the admin API as fast as 8 callers go: a load test, not one of the per-key limit.
        environment["Hub__Limits__AdminApi__PerSecond"] = "0";
        var hubs = new List<HubProcess>();
        try
        {
            for (var i = 0; i < processes; i++)
            {
                hubs.Add(await HubProcess.StartAsync(environment));
            }
            using var client = new HubClient(hubs[0].BaseAddress);
            using (var put = await client.PutProviderAsync(ProviderId, new
            {
                type = "linkmobility",
                settings = new { baseUrl = _fake.BaseUrl, platformId = "HUB-PLATFORM", platformPartnerId = "HUB-PARTNER", source = "HubShop", timeoutSeconds = 3, messagesPerSecond = Rate },
                credentials = new { username = "hub-api", password = "api-password" },
            }))
            {
                Assert.True(put.IsSuccessStatusCode, await put.Content.ReadAsStringAsync());
            }
            using (var route = await client.PutChannelAsync("sms", ProviderId))
            {
                Assert.True(route.IsSuccessStatusCode, await route.Content.ReadAsStringAsync());
            }
            await Parallel.ForEachAsync(Enumerable.Range(0, Messages), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (i, ct) =>
            {
                var hub = hubs[i % hubs.Count];
                using var http = hub.CreateClient();
                http.DefaultRequestHeaders.Authorization = new("Bearer", HubClient.AdminKey);
                using var response = await http.PostAsJsonAsync("/api/v1/messages", new
                {
                    to = new { phone = $"+4790{i:000000}" },
                    channels = new[] { "sms" },
                    text = $"Load message {i}",
                    purpose = "transactional",
                }, ct);
                Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
            });

            await Eventually.Until(() => Task.FromResult(_requests.Count(r => r.Status == 200)), n => n >= Messages,
                TimeSpan.FromMinutes(3), "every message is taken by the provider");
            var queued = await Eventually.Until(() => client.MessagesAsync("status=queued&limit=1"), q => q.Count == 0,
                TimeSpan.FromSeconds(30), "Hub has recorded every send");
            Assert.Empty(queued);

            var requests = _requests.ToList();
            var accepted = requests.Where(r => r.Status == 200).GroupBy(r => r.RefId).ToList();
            Assert.Equal(Messages, accepted.Count);
            Assert.All(accepted, g => Assert.Single(g)); // none twice
            Assert.DoesNotContain(_fake.Received, r => r.Problems.Count > 0);
            Assert.InRange(requests.Count(r => r.Status != 200), Messages / 10, Messages); // the faults did happen

            // The fake's view of the rate: every request it got (faults too: each was a send), over the time they took.
            var span = (requests.Max(r => r.At) - requests.Min(r => r.At)).TotalSeconds;
            var observed = (requests.Count - 1) / span;
            Assert.True(observed <= Rate * 1.05, $"{requests.Count} requests over {span:0.00} s = {observed:0.0}/s, limit {Rate}/s");
            var sent = await client.MessagesAsync("status=sent&limit=1");
            Assert.Single(sent);
        }
        catch
        {
            // What the Hubs said, for the failure's reader: ids and statuses only, Hub logs no numbers or texts.
            File.WriteAllText(Path.Combine(Path.GetTempPath(), $"hub-load-{GetType().Name}.log"), string.Join("\n----\n", hubs.Select(h => h.Output)));
            throw;
        }
        finally
        {
            foreach (var hub in hubs)
            {
                await hub.DisposeAsync();
            }
        }
    }

    public void Dispose()
    {
        _fake.Dispose();
        GC.SuppressFinalize(this);
    }
}
