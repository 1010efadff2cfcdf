using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Hub.IntegrationTests.Channels.WhatsApp;
using Hub.IntegrationTests.Infrastructure;
using Hub.IntegrationTests.Providers;

namespace Hub.IntegrationTests.Conversations;

/// <summary>
/// Conversations on WhatsApp in a real Hub, per database, with Meta's own signed webhooks: the marketing-stop
/// preference opts the contact out; a message from long ago leaves the 24-hour window closed, so a staff free-text
/// reply is refused with 409 and a template without an approved WhatsApp variant too; a fresh message opens it, the
/// reply goes to Meta and shows in the conversation; unread, read and assignment filter the list.
/// </summary>
public abstract class ConversationTests(IHubDatabase database) : IDisposable
{
    private const string ProviderId = "wa-main";

    /// <summary>The sender of Meta's fixtures (wa_id 16505551234).</summary>
    private const string Customer = "+16505551234";

    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private readonly GraphApiFake _graph = new();

    private async Task<(HubProcess Hub, HubClient Client, Dictionary<string, string> Environment)> StartAsync()
    {
        var environment = await database.CreateEnvironmentAsync();
        var hub = await HubProcess.StartAsync(environment);
        var client = new HubClient(hub.BaseAddress);
        using (var put = await client.PutProviderAsync(ProviderId, new
        {
            type = "whatsapp",
            settings = new { phoneNumberId = GraphApiFake.PhoneNumberId, baseUrl = _graph.BaseUrl, timeoutSeconds = 30 },
            credentials = new { accessToken = GraphApiFake.AccessToken, appSecret = MetaWebhooks.AppSecret, verifyToken = MetaWebhooks.VerifyToken },
        }))
        {
            Assert.True(put.IsSuccessStatusCode, await put.Content.ReadAsStringAsync());
        }
        using (var route = await client.PutChannelAsync("whatsapp", ProviderId))
        {
            Assert.True(route.IsSuccessStatusCode, await route.Content.ReadAsStringAsync());
        }
        return (hub, client, environment);
    }

    private static async Task<HttpStatusCode> PostWebhookAsync(HubClient client, string file)
    {
        var body = MetaWebhooks.File(file);
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/providers/{ProviderId}/webhook") { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        request.Headers.Add("X-Hub-Signature-256", MetaWebhooks.Sign(body));
        using var response = await client.Http.SendAsync(request);
        return response.StatusCode;
    }

    [Fact]
    public async Task The_marketing_stop_preference_opts_the_contact_out_of_whatsapp_marketing()
    {
        var (hub, client, environment) = await StartAsync();
        await using var _ = hub;
        using var __ = client;

        Assert.Equal(HttpStatusCode.OK, await PostWebhookAsync(client, "webhook.user-preferences-marketing-stop.json"));

        Assert.Equal("OptedOut", await StoredConsent.StateAsync(environment, Customer, "whatsapp", "marketing"));
        Assert.Equal(("OptedOut", "Provider", "user_preferences marketing_messages=stop"),
            await StoredConsent.LastChangeAsync(environment, Customer, "whatsapp", "marketing"));
        Assert.Null(await StoredConsent.StateAsync(environment, Customer, "whatsapp", "transactional"));
        // Meta resending the webhook is noted once.
        Assert.Equal(HttpStatusCode.OK, await PostWebhookAsync(client, "webhook.user-preferences-marketing-stop.json"));
        Assert.Equal(1, await StoredConsent.ChangesAsync(environment, Customer, "whatsapp", "marketing"));
    }

    [Fact]
    public async Task A_staff_reply_is_refused_outside_the_window_and_sent_inside_it_and_shows_in_the_conversation()
    {
        var (hub, client, _) = await StartAsync();
        await using var __ = hub;
        using var ___ = client;

        // Meta's fixture was written in June 2025: the window it opened closed long ago.
        Assert.Equal(HttpStatusCode.OK, await PostWebhookAsync(client, "webhook.inbound-text.json"));
        var listed = Assert.Single(await client.GetArrayAsync("/api/v1/conversations?channel=whatsapp"))!;
        var id = (string)listed["id"]!;
        Assert.Equal((Customer, 1, null), ((string?)listed["address"], (int)listed["unread"]!, (string?)listed["assignee"]));
        var closed = await DetailAsync(client, id);
        Assert.False((bool)closed["freeTextAllowed"]!);
        Assert.Equal("Does it come in another color?", (string?)Assert.Single(closed["messages"]!.AsArray())!["text"]);

        var refused = await ReplyAsync(client, id, new { text = "Yes, in blue." });
        Assert.Equal(HttpStatusCode.Conflict, refused.Status);
        Assert.Equal("application/problem+json", refused.MediaType);
        Assert.Contains("closed at 2025-06-09T20:59:43", (string?)refused.Body["detail"], StringComparison.Ordinal);
        Assert.Contains("approved WhatsApp template", (string?)refused.Body["detail"], StringComparison.Ordinal);

        await PublishTextOnlyTemplateAsync(client);
        var textOnly = await ReplyAsync(client, id, new { template = "staff-follow-up", data = new { } });
        Assert.Equal(HttpStatusCode.Conflict, textOnly.Status);
        Assert.Contains("no approved WhatsApp template variant", (string?)textOnly.Body["detail"], StringComparison.Ordinal);
        var unknown = await ReplyAsync(client, id, new { template = "no-such-template" });
        Assert.Equal(HttpStatusCode.BadRequest, unknown.Status);
        Assert.NotNull(unknown.Body["errors"]!["template"]);
        Assert.Empty(await client.MessagesAsync("channel=whatsapp"));

        // The customer writes again (from the sandbox handset, now): the window is open for 24 hours.
        using (var again = await client.Admin.PostAsJsonAsync("/api/v1/sandbox/inbound", new { channel = "whatsapp", from = Customer, text = "Hello?" }))
        {
            Assert.Equal(HttpStatusCode.Accepted, again.StatusCode);
        }
        Assert.Equal(2, (int)Assert.Single(await client.GetArrayAsync("/api/v1/conversations?unread=true"))!["unread"]!);
        var sent = await ReplyAsync(client, id, new { text = "Yes, in blue." });
        Assert.Equal(HttpStatusCode.Accepted, sent.Status);
        var messageId = (string)sent.Body["messageId"]!;
        var request = (await Eventually.Until(() => Task.FromResult(_graph.Requests), r => r.Count == 1, Patience, "Meta is asked to send the reply"))[0];
        Assert.Equal("Yes, in blue.", (string?)request.Body["text"]?["body"]);

        var conversation = await Eventually.Until(() => DetailAsync(client, id),
            c => c["messages"]!.AsArray().Any(m => (string?)m!["id"] == messageId && (string?)m["status"] == "sent"), Patience, "the reply shows as sent");
        Assert.Equal(["inbound", "inbound", "outbound"], conversation["messages"]!.AsArray().Select(m => (string?)m!["direction"]));
        Assert.Equal("Yes, in blue.", (string?)conversation["messages"]![2]!["text"]);
        Assert.True((bool)conversation["freeTextAllowed"]!);
        // Answering read it.
        Assert.Equal(0, (int)conversation["conversation"]!["unread"]!);
        Assert.Empty(await client.GetArrayAsync("/api/v1/conversations?unread=true"));
    }

    [Fact]
    public async Task Conversations_are_assigned_read_and_filtered()
    {
        var (hub, client, _) = await StartAsync();
        await using var __ = hub;
        using var ___ = client;
        foreach (var (phone, channel) in new[] { ("+4790000001", "sms"), ("+4790000002", "sms"), ("+4790000001", "whatsapp") })
        {
            using var played = await client.Admin.PostAsJsonAsync("/api/v1/sandbox/inbound", new { channel, from = phone, text = "Hi" });
            Assert.Equal(HttpStatusCode.Accepted, played.StatusCode);
        }
        var all = await client.GetArrayAsync("/api/v1/conversations");
        Assert.Equal(3, all.Count);
        // Newest activity first.
        Assert.Equal([("+4790000001", "whatsapp"), ("+4790000002", "sms"), ("+4790000001", "sms")],
            all.Select(c => ((string)c!["address"]!, (string)c["channel"]!)));
        var first = (string)all[2]!["id"]!;
        Assert.Equal(all[0]!["contactId"]!.ToString(), all[2]!["contactId"]!.ToString());

        using (var assign = await client.Admin.PutAsJsonAsync($"/api/v1/conversations/{first}/assignee", new { assignee = "kari" }))
        {
            Assert.Equal(HttpStatusCode.OK, assign.StatusCode);
        }
        Assert.Equal([first], (await client.GetArrayAsync("/api/v1/conversations?assigned=kari")).Select(c => (string?)c!["id"]));
        Assert.Equal(2, (await client.GetArrayAsync("/api/v1/conversations?unassigned=true")).Count);
        Assert.Equal(2, (await client.GetArrayAsync("/api/v1/conversations?channel=sms")).Count);
        Assert.Single(await client.GetArrayAsync("/api/v1/conversations?limit=1&offset=2"));

        using (var read = await client.Admin.PostAsync($"/api/v1/conversations/{first}/read", null))
        {
            Assert.Equal(HttpStatusCode.NoContent, read.StatusCode);
        }
        var unread = await client.GetArrayAsync("/api/v1/conversations?unread=true");
        Assert.Equal(2, unread.Count);
        Assert.DoesNotContain(first, unread.Select(c => (string?)c!["id"]));
        Assert.Equal([first], (await client.GetArrayAsync("/api/v1/conversations?unread=false")).Select(c => (string?)c!["id"]));

        using var missing = await client.Admin.PutAsJsonAsync($"/api/v1/conversations/{Guid.NewGuid()}/assignee", new { assignee = "kari" });
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        using var tooLong = await client.Admin.PutAsJsonAsync($"/api/v1/conversations/{first}/assignee", new { assignee = new string('k', 201) });
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
        using var unassign = await client.Admin.PutAsJsonAsync($"/api/v1/conversations/{first}/assignee", new { assignee = (string?)null });
        Assert.Null((await unassign.Content.ReadFromJsonAsync<JsonNode>())!["assignee"]);
    }

    private static async Task PublishTextOnlyTemplateAsync(HubClient client)
    {
        const string yaml = """
            id: staff-follow-up
            description: A follow-up in free text only, without a template approved by Meta.
            default_locale: en
            whatsapp:
              en:
                text: "Just checking in: can we help?"
            """;
        using (var draft = await client.Admin.PutAsync("/api/v1/templates/staff-follow-up/draft", new StringContent(yaml, Encoding.UTF8, "application/yaml")))
        {
            Assert.True(draft.IsSuccessStatusCode, await draft.Content.ReadAsStringAsync());
        }
        using var published = await client.Admin.PostAsync("/api/v1/templates/staff-follow-up/publish", null);
        Assert.True(published.IsSuccessStatusCode, await published.Content.ReadAsStringAsync());
    }

    private static async Task<JsonNode> DetailAsync(HubClient client, string id) =>
        (await client.Admin.GetFromJsonAsync<JsonNode>($"/api/v1/conversations/{id}"))!;

    private static async Task<(HttpStatusCode Status, string? MediaType, JsonNode Body)> ReplyAsync(HubClient client, string id, object body)
    {
        using var response = await client.Admin.PostAsJsonAsync($"/api/v1/conversations/{id}/messages", body);
        return (response.StatusCode, response.Content.Headers.ContentType?.MediaType, JsonNode.Parse(await response.Content.ReadAsStringAsync())!);
    }

    public void Dispose()
    {
        _graph.Dispose();
        GC.SuppressFinalize(this);
    }
}
