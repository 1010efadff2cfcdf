using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Hub.IntegrationTests.Infrastructure;

namespace Hub.IntegrationTests.Spine;

/// <summary>What happens when things go wrong: fallback to the next channel, retries, dead letters and their retry.</summary>
public abstract class FailurePathTests(IHubDatabase database)
{
    private const string Secret = "failure-secret";
    private const string CustomerPhone = "+15555557447";

    private static async Task<(HubProcess Hub, HubClient Client)> StartAsync(Dictionary<string, string> environment)
    {
        var hub = await HubProcess.StartAsync(environment);
        var client = new HubClient(hub.BaseAddress);
        await client.PutConnectorAsync("shop", "shopify", Secret, new { defaultRegion = "US" });
        return (hub, client);
    }

    [Fact]
    public async Task A_refused_sms_falls_back_to_email()
    {
        var environment = await database.CreateEnvironmentAsync();
        environment["Hub__Channels__Sandbox__RejectedRecipients__0"] = CustomerPhone;
        var (hub, client) = await StartAsync(environment);
        await using var _ = hub;
        using var __ = client;

        using var response = await client.Http.SendAsync(ShopifyWebhook.Request("shop", ShopifyWebhook.OrderCreatedFixture(), Secret, "refused-1"));
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);

        var messages = await Eventually.Until(() => client.MessagesAsync(""), m => m.Count == 2 && m.Any(x => (string?)x!["status"] == "delivered"),
            TimeSpan.FromSeconds(30), "the SMS fails and the email fallback is delivered");
        var sms = Assert.Single(messages, m => (string?)m!["channel"] == "sms")!;
        Assert.Equal("failed", (string?)sms["status"]);
        Assert.Contains("rejects", (string?)sms["lastError"], StringComparison.Ordinal);
        var email = Assert.Single(messages, m => (string?)m!["channel"] == "email")!;
        Assert.Equal("delivered", (string?)email["status"]);
        Assert.Equal("jon@example.com", (string?)email["to"]);
        Assert.Contains("#9999", (string?)email["subject"], StringComparison.Ordinal);
        Assert.Equal((string?)sms["eventId"], (string?)email["eventId"]);
    }

    [Fact]
    public async Task Transient_failures_are_retried_then_dead_lettered_with_their_error_and_fall_back()
    {
        var environment = await database.CreateEnvironmentAsync();
        environment["Hub__Channels__Sandbox__UnavailableRecipients__0"] = CustomerPhone;
        environment["Hub__Jobs__MaxAttempts"] = "3";
        environment["Hub__Jobs__BackoffBase"] = "00:00:00.050";
        var (hub, client) = await StartAsync(environment);
        await using var _ = hub;
        using var __ = client;

        using var response = await client.Http.SendAsync(ShopifyWebhook.Request("shop", ShopifyWebhook.OrderCreatedFixture(), Secret, "flaky-1"));
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);

        var failed = await Eventually.Until(() => client.MessagesAsync("status=failed"), m => m.Count == 1,
            TimeSpan.FromSeconds(30), "the SMS is dead-lettered after its attempts");
        var detail = (await client.Admin.GetFromJsonAsync<JsonNode>($"/api/v1/messages/{(string?)failed[0]!["id"]}"))!;
        var attempts = detail["attempts"]!.AsArray();
        Assert.Equal(3, attempts.Count);
        Assert.All(attempts, a => Assert.Equal("TransientFailure", (string?)a!["outcome"]));
        Assert.Contains("unavailable", (string?)detail["message"]!["lastError"], StringComparison.Ordinal);

        var delivered = await Eventually.Until(() => client.MessagesAsync("status=delivered"), m => m.Count == 1,
            TimeSpan.FromSeconds(30), "the email fallback is delivered");
        Assert.Equal("email", (string?)delivered[0]!["channel"]);
    }

    [Fact]
    public async Task A_broken_template_dead_letters_the_event_and_a_retry_after_the_fix_delivers_it()
    {
        var definitions = Directory.CreateTempSubdirectory("hub-workflows-");
        try
        {
            Directory.CreateDirectory(Path.Combine(definitions.FullName, "templates"));
            await File.WriteAllTextAsync(Path.Combine(definitions.FullName, "thanks.yaml"), """
                id: thanks
                name: Thanks
                trigger:
                  event: order.created
                steps:
                  - id: thank
                    send:
                      template: thanks
                      channels: [sms]
                """);
            var template = Path.Combine(definitions.FullName, "templates", "thanks.yaml");
            await File.WriteAllTextAsync(template, """
                id: thanks
                sms:
                  en: "Thanks for order {{ order.number }}, {{ no_such_variable }}"
                """);
            var environment = await database.CreateEnvironmentAsync();
            environment["Hub__WorkflowsPath"] = definitions.FullName;

            var (first, client) = await StartAsync(environment);
            string eventId;
            using (client)
            {
                using var response = await client.Http.SendAsync(ShopifyWebhook.Request("shop", ShopifyWebhook.OrderCreatedFixture(), Secret, "broken-1"));
                Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
                var failed = await Eventually.Until(() => client.GetArrayAsync("/api/v1/events?status=failed"), e => e.Count == 1,
                    TimeSpan.FromSeconds(30), "the event is dead-lettered");
                Assert.Contains("no_such_variable", (string?)failed[0]!["lastError"], StringComparison.Ordinal);
                eventId = (string)failed[0]!["id"]!;
                Assert.Empty(await client.MessagesAsync(""));
            }
            await first.StopAsync();
            await first.DisposeAsync();

            await File.WriteAllTextAsync(template, """
                id: thanks
                sms:
                  en: "Thanks for order {{ order.number }}!"
                """);
            await using var second = await HubProcess.StartAsync(environment);
            using var fixedClient = new HubClient(second.BaseAddress);
            using (var retry = await fixedClient.Admin.PostAsync($"/api/v1/events/{eventId}/retry", null))
            {
                Assert.Equal(HttpStatusCode.Accepted, retry.StatusCode);
            }
            var messages = await Eventually.Until(() => fixedClient.MessagesAsync("status=delivered"), m => m.Count == 1,
                TimeSpan.FromSeconds(30), "the retried event is delivered");
            Assert.Equal("Thanks for order #9999!", (string?)messages[0]!["body"]);
            await Eventually.Until(() => fixedClient.GetArrayAsync("/api/v1/events?status=processed"), e => e.Count == 1,
                TimeSpan.FromSeconds(10), "the event is marked processed");
            using (var again = await fixedClient.Admin.PostAsync($"/api/v1/events/{eventId}/retry", null))
            {
                Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
            }
        }
        finally
        {
            definitions.Delete(recursive: true);
        }
    }
}
