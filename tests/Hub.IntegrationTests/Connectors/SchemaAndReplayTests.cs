using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Hub.IntegrationTests.Infrastructure;

namespace Hub.IntegrationTests.Connectors;

/// <summary>
/// A mapping that produces data its schema refuses dead-letters the request, naming the field; after the spec is
/// fixed, the stored request is replayed without the source resending it.
/// </summary>
public sealed class SchemaAndReplayTests : IDisposable
{
    private const string Secret = "replay-secret";
    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("hub-replay-");

    [Fact]
    public async Task Invalid_mapped_data_is_dead_lettered_by_field_and_replayed_after_the_fix()
    {
        var connectors = Directory.CreateDirectory(Path.Combine(_directory.FullName, "connectors"));
        var spec = await File.ReadAllTextAsync(Path.Combine(RepoPaths.Root, "connectors", "shopify.yaml"));
        // The bug: the order id loses its `| text`, so a 64-bit id becomes a number where the schema wants a string.
        var broken = spec.Replace("        id: body.id | text\n        number: body.name", "        id: body.id\n        number: body.name", StringComparison.Ordinal);
        Assert.NotEqual(spec, broken);
        await File.WriteAllTextAsync(Path.Combine(connectors.FullName, "shopify.yaml"), broken);
        var environment = HubEnvironment.Sqlite(Path.Combine(_directory.FullName, "hub.db"));
        environment["Hub__ConnectorsPath"] = connectors.FullName;

        string requestId;
        await using (var first = await HubProcess.StartAsync(environment))
        {
            using var client = new HubClient(first.BaseAddress);
            await client.PutConnectorAsync("shop", "shopify", Secret, new { defaultRegion = "US" });
            using var response = await client.Http.SendAsync(ShopifyWebhook.Request("shop", ShopifyWebhook.OrderCreatedFixture(), Secret, "replay-1"));
            Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
            var failed = await Eventually.Until(() => client.GetArrayAsync("/api/v1/inbound?status=failed"), f => f.Count == 1,
                TimeSpan.FromSeconds(30), "the request is dead-lettered");
            Assert.Contains("data.order.id", (string?)failed[0]!["lastError"], StringComparison.Ordinal);
            requestId = (string)failed[0]!["id"]!;
            Assert.Empty(await client.EventsAsync("shop"));
            await first.StopAsync();
        }

        await File.WriteAllTextAsync(Path.Combine(connectors.FullName, "shopify.yaml"), spec);
        await using var second = await HubProcess.StartAsync(environment);
        using var fixedClient = new HubClient(second.BaseAddress);
        using (var replay = await fixedClient.Admin.PostAsync($"/api/v1/inbound/{requestId}/replay", null))
        {
            Assert.Equal(HttpStatusCode.Accepted, replay.StatusCode);
        }
        var events = await Eventually.Until(() => fixedClient.EventsAsync("shop"), e => e.Count == 1, TimeSpan.FromSeconds(30), "the replay produces the event");
        Assert.Equal("820982911946154500", (string?)events[0]!["data"]!["order"]!["id"]);
        Assert.Equal("urn:hub:schema:order.created:v1", (string?)events[0]!["dataSchema"]);
        await Eventually.Until(() => fixedClient.MessagesAsync("status=delivered"), m => m.Count == 1, TimeSpan.FromSeconds(30), "and its SMS");

        // A replay of a processed request runs it again as new events (the source resending it, in effect).
        using (var again = await fixedClient.Admin.PostAsync($"/api/v1/inbound/{requestId}/replay", null))
        {
            Assert.Equal(HttpStatusCode.Accepted, again.StatusCode);
        }
        var twice = await Eventually.Until(() => fixedClient.EventsAsync("shop"), e => e.Count == 2, TimeSpan.FromSeconds(30), "the second replay adds an event");
        Assert.Equal(2, twice.Select(e => (string?)e!["id"]).Distinct().Count());
    }

    [Fact]
    public async Task Internal_apps_post_canonical_events_with_the_admin_key()
    {
        await using var hub = await HubProcess.StartAsync(HubEnvironment.Sqlite(Path.Combine(_directory.FullName, "hub.db")));
        using var client = new HubClient(hub.BaseAddress);
        var cloudEvent = new JsonObject
        {
            ["specversion"] = "1.0",
            ["id"] = "billing-42",
            ["source"] = "/apps/billing",
            ["type"] = "order.created",
            ["subject"] = "42",
            ["time"] = "2026-05-01T09:30:00+02:00",
            ["data"] = new JsonObject
            {
                ["order"] = new JsonObject { ["id"] = "42", ["number"] = "B-42", ["currency"] = "EUR", ["total"] = 99.5 },
                ["contact"] = new JsonObject { ["firstName"] = "Ada", ["phone"] = "+4915112345678", ["locale"] = "de-DE" },
            },
        };
        using (var anonymous = await client.Http.PostAsJsonAsync("/api/v1/events", cloudEvent))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        }
        using (var posted = await client.Admin.PostAsJsonAsync("/api/v1/events", cloudEvent))
        {
            Assert.Equal(HttpStatusCode.Accepted, posted.StatusCode);
        }
        using (var resent = await client.Admin.PostAsJsonAsync("/api/v1/events", cloudEvent))
        {
            Assert.Equal(HttpStatusCode.OK, resent.StatusCode);
        }
        var sms = await Eventually.Until(() => client.MessagesAsync("status=delivered"), m => m.Count == 1, TimeSpan.FromSeconds(30), "the SMS is sent");
        Assert.Equal("+4915112345678", (string?)sms[0]!["to"]);
        Assert.Contains("B-42", (string?)sms[0]!["body"], StringComparison.Ordinal);

        cloudEvent["id"] = "billing-43";
        cloudEvent["data"]!["order"]!["id"] = 43;
        using var invalid = await client.Admin.PostAsJsonAsync("/api/v1/events", cloudEvent);
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        var problem = JsonNode.Parse(await invalid.Content.ReadAsStringAsync())!;
        Assert.NotNull(problem["errors"]!["data.order.id"]);
    }

    public void Dispose() => _directory.Delete(recursive: true);
}
