using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Hub.IntegrationTests.Infrastructure;

namespace Hub.IntegrationTests.Sandbox;

/// <summary>
/// The sandbox handset in a real Hub process: it shows what the sandbox delivered, newest first, and a reply played
/// from it is a message.received event that resumes the reply-to-confirm sample waiting for it.
/// </summary>
public abstract class SandboxHandsetTests(IHubDatabase database)
{
    private const string Phone = "+4791234599";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    private async Task<(HubProcess Hub, HubClient Client)> StartAsync()
    {
        var hub = await HubProcess.StartAsync(await database.CreateEnvironmentAsync());
        return (hub, new HubClient(hub.BaseAddress));
    }

    [Fact]
    public async Task A_reply_from_the_handset_is_a_message_received_event_that_confirms_the_order()
    {
        var (hub, client) = await StartAsync();
        await using var _ = hub;
        using var __ = client;
        using (var posted = await client.Admin.PostAsJsonAsync("/api/v1/events", new JsonObject
        {
            ["specversion"] = "1.0", ["id"] = "o-77", ["source"] = "/apps/shop", ["type"] = "order.created",
            ["data"] = new JsonObject
            {
                ["order"] = new JsonObject { ["id"] = "o-77", ["number"] = "#1077", ["status"] = "unconfirmed", ["total"] = 250, ["currency"] = "NOK" },
                ["contact"] = new JsonObject { ["phone"] = Phone, ["locale"] = "en" },
            },
        }))
        {
            Assert.Equal(HttpStatusCode.Accepted, posted.StatusCode);
        }
        await HandsetShowsAsync(client, "Please confirm order #1077");

        using var reply = await client.Admin.PostAsJsonAsync("/api/v1/sandbox/inbound", new { channel = "sms", from = Phone, to = "2270", text = " yes " });
        var replyText = await reply.Content.ReadAsStringAsync();
        Assert.True(reply.StatusCode == HttpStatusCode.Accepted, replyText);
        var eventId = (string)JsonNode.Parse(replyText)!["id"]!;

        var received = Assert.Single(await client.EventsAsync("sandbox"))!;
        Assert.Equal(eventId, (string?)received["id"]);
        Assert.Equal("message.received", (string?)received["type"]);
        Assert.Equal(Phone, (string?)received["data"]!["message"]!["from"]);
        Assert.Equal(" yes ", (string?)received["data"]!["message"]!["text"]);
        var handset = await HandsetShowsAsync(client, "Thank you! Order #1077 is confirmed.");
        Assert.Equal("Thank you! Order #1077 is confirmed.", (string?)handset[0]!["text"]);
        var deliveredAt = handset.Select(m => DateTimeOffset.Parse((string)m!["deliveredAt"]!, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(deliveredAt.OrderDescending(), deliveredAt);
    }

    [Fact]
    public async Task A_bad_reply_is_a_problem_naming_each_wrong_field()
    {
        var (hub, client) = await StartAsync();
        await using var _ = hub;
        using var __ = client;

        using var response = await client.Admin.PostAsJsonAsync("/api/v1/sandbox/inbound", new { channel = "pager", from = "", text = "" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["errors"]!.AsObject();
        Assert.Equal(["channel", "from", "text"], errors.Select(e => e.Key).Order());
        using var badNumber = await client.Admin.PostAsJsonAsync("/api/v1/sandbox/inbound", new { channel = "sms", from = "12345", text = "STOP" });
        Assert.Equal(HttpStatusCode.BadRequest, badNumber.StatusCode);
        Assert.Empty(await client.EventsAsync("sandbox"));
    }

    private static Task<JsonArray> HandsetShowsAsync(HubClient client, string text) =>
        Eventually.Until(() => client.GetArrayAsync($"/api/v1/sandbox/messages?to={Uri.EscapeDataString(Phone)}"),
            m => m.Any(n => ((string?)n!["text"])?.StartsWith(text, StringComparison.Ordinal) == true), Patience, $"the handset shows \"{text}\"");
}
