using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Hub.IntegrationTests.Infrastructure;

namespace Hub.IntegrationTests.Consent;

/// <summary>
/// The consent policy is cached in every process and refreshed by change notifications: a policy changed through one
/// node is what the node that sends applies, though it never reads the policy per message.
/// </summary>
[Collection(PostgresContactsCollection.Name)]
public sealed class ConsentPolicyAcrossNodesTests(PostgresFixture fixture)
{
    [Fact]
    public async Task A_policy_changed_on_one_node_is_applied_by_the_node_that_sends()
    {
        var environment = HubEnvironment.Postgres(await fixture.CreateDatabaseAsync("consent_nodes"));
        // Noon in Oslo on both nodes: quiet hours hold nothing.
        environment["Hub__Testing__Now"] = "2026-06-10T10:00:00Z";
        // Node A only answers the API; node B runs every job, so every send is B's.
        await using var nodeA = await HubProcess.StartAsync(new Dictionary<string, string>(environment) { ["Hub__Dispatcher__Enabled"] = "false" });
        await using var nodeB = await HubProcess.StartAsync(environment);
        using var a = new HubClient(nodeA.BaseAddress);
        using var b = new HubClient(nodeB.BaseAddress);

        // B has sent marketing before the change, so its copy is loaded and must be refreshed, not merely filled.
        var first = await a.SendAsync(ConsentApi.Text("+4791239201", "marketing", "Spring sale"));
        await b.UntilStatusAsync(first, "delivered", "the first marketing SMS is delivered");

        using (var put = await a.Admin.PutAsJsonAsync("/api/v1/consent-policy", new JsonObject { ["requireMarketingOptIn"] = true }))
        {
            Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        }
        await Eventually.Until(async () => (await b.Admin.GetFromJsonAsync<JsonNode>("/api/v1/consent-policy"))!, p => (bool)p["requireMarketingOptIn"]!,
            TimeSpan.FromSeconds(5), "node B's copy follows");
        var second = await a.SendAsync(ConsentApi.Text("+4791239202", "marketing", "Summer sale"));
        var skipped = await b.UntilStatusAsync(second, "skipped", "the second marketing SMS is skipped");
        Assert.Equal("no_consent", (string?)skipped["message"]!["reason"]);
        Assert.Empty(await b.HandsetAsync("+4791239202"));
    }
}
