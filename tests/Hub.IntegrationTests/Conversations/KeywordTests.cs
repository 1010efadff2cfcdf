using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Hub.IntegrationTests.Channels.LinkMobility;
using Hub.IntegrationTests.Infrastructure;
using Hub.IntegrationTests.Providers;

namespace Hub.IntegrationTests.Conversations;

/// <summary>
/// STOP, START and their Norwegian forms in a real Hub, per database: through LINK's MO callback as LINK posts it (with
/// the gate's Basic auth) and through the sandbox handset. The consent lands in the contact's record and history with
/// the keyword as evidence, the answer goes back on SMS, and the messages show in the contact's conversation.
/// </summary>
public abstract class KeywordTests(IHubDatabase database) : IDisposable
{
    private const string LinkId = "link-no";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private readonly LinkMobilityFake _link = new("hub-api", "api-password", "HUB-PLATFORM", "HUB-PARTNER", "HubShop", "HUBGATE01");

    private static string OptOutReply(string language) => language == "nb"
        ? "Du er meldt av og får ikke flere meldinger. Svar START for å melde deg på igjen."
        : "You are unsubscribed and will receive no more messages. Reply START to subscribe again.";

    private async Task<(HubProcess Hub, HubClient Client, Dictionary<string, string> Environment)> StartAsync(bool link)
    {
        var environment = await database.CreateEnvironmentAsync();
        var hub = await HubProcess.StartAsync(environment);
        var client = new HubClient(hub.BaseAddress);
        if (link)
        {
            using (var put = await client.PutProviderAsync(LinkId, new
            {
                type = "linkmobility",
                settings = new { baseUrl = _link.BaseUrl, platformId = "HUB-PLATFORM", platformPartnerId = "HUB-PARTNER", source = "HubShop", deliveryReportGate = "HUBGATE01", timeoutSeconds = 30 },
                credentials = new { username = "hub-api", password = "api-password", callbackUsername = "link-gate", callbackPassword = "gate-password" },
            }))
            {
                Assert.True(put.IsSuccessStatusCode, await put.Content.ReadAsStringAsync());
            }
            using var route = await client.PutChannelAsync("sms", LinkId);
            Assert.True(route.IsSuccessStatusCode, await route.Content.ReadAsStringAsync());
        }
        return (hub, client, environment);
    }

    /// <summary>LINK's MO (mo.keyword-route.json) from <paramref name="from"/> with <paramref name="text"/>, under LINK's message id <paramref name="messageId"/>.</summary>
    private static async Task<HttpStatusCode> PostMoAsync(HubClient client, string from, string text, string messageId, string password = "gate-password")
    {
        var mo = JsonNode.Parse(LinkMobilityProviderFixture.Sample("mo.keyword-route.json"))!;
        mo["source"] = from;
        mo["content"]!["userData"] = text;
        mo["messageId"] = messageId;
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/providers/{LinkId}/mo")
        {
            Content = new StringContent(mo.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"link-gate:{password}")));
        using var response = await client.Http.SendAsync(request);
        return response.StatusCode;
    }

    private Task<IReadOnlyCollection<LinkReceivedSend>> LinkSentAsync(string to, int count) =>
        Eventually.Until(() => Task.FromResult(_link.Received), r => r.Count(s => (string?)s.Body?["destination"] == to) >= count, Patience,
            $"LINK is asked to send {count} SMS to the sender");

    [Fact]
    public async Task Stopp_through_links_mo_callback_opts_out_of_sms_marketing_is_answered_on_sms_and_start_opts_back_in()
    {
        const string phone = "+4741560101";
        var (hub, client, environment) = await StartAsync(link: true);
        await using var _ = hub;
        using var __ = client;

        Assert.Equal(HttpStatusCode.Unauthorized, await PostMoAsync(client, phone, "STOP", "mo-0", password: "wrong"));
        Assert.Null(await StoredConsent.StateAsync(environment, phone, "sms", "marketing"));

        // A Norwegian customer writes "Stopp!" to a sender whose policy does not narrow the languages: the Norwegian keyword applies.
        Assert.Equal(HttpStatusCode.OK, await PostMoAsync(client, phone, " Stopp! ", "mo-1"));
        Assert.Equal("OptedOut", await StoredConsent.StateAsync(environment, phone, "sms", "marketing"));
        Assert.Equal(("OptedOut", "Keyword", " Stopp! "), await StoredConsent.LastChangeAsync(environment, phone, "sms", "marketing"));
        // STOP to a sender whose policy does not make it block all leaves transactional messages alone.
        Assert.Null(await StoredConsent.StateAsync(environment, phone, "sms", "transactional"));
        var confirmation = Assert.Single(await LinkSentAsync(phone, 1), s => (string?)s.Body?["destination"] == phone);
        Assert.Equal(OptOutReply("nb"), (string?)confirmation.Body!["userData"]);

        // LINK posting the same MO again changes nothing twice.
        Assert.Equal(HttpStatusCode.OK, await PostMoAsync(client, phone, " Stopp! ", "mo-1"));
        Assert.Equal(1, await StoredConsent.ChangesAsync(environment, phone, "sms", "marketing"));

        Assert.Equal(HttpStatusCode.OK, await PostMoAsync(client, phone, "START", "mo-2"));
        Assert.Equal("OptedIn", await StoredConsent.StateAsync(environment, phone, "sms", "marketing"));
        Assert.Equal(("OptedIn", "Keyword", "START"), await StoredConsent.LastChangeAsync(environment, phone, "sms", "marketing"));
        var sent = await LinkSentAsync(phone, 2);
        Assert.Equal(2, sent.Count(s => (string?)s.Body?["destination"] == phone));

        var conversation = await ConversationOfAsync(client, phone, "sms");
        var messages = conversation["messages"]!.AsArray();
        Assert.Equal(2, messages.Count(m => (string?)m!["direction"] == "inbound"));
        Assert.Equal(["opt_out", "opt_in"], messages.Where(m => (string?)m!["direction"] == "inbound").Select(m => (string?)m!["keyword"]));
        await Eventually.Until(async () => (await ConversationOfAsync(client, phone, "sms"))["messages"]!.AsArray(),
            m => m.Count(x => (string?)x!["direction"] == "outbound" && (string?)x["purpose"] == "system") == 2, Patience, "both answers show in the conversation");
        Assert.Equal(_link.Received.Count, _link.Received.Count(s => (string?)s.Body?["destination"] == phone));
    }

    [Fact]
    public async Task Stop_from_the_sandbox_handset_opts_out_and_the_handset_gets_the_answer_and_a_workflow_still_sees_a_keyword_it_waits_for()
    {
        const string phone = "+4791230202";
        var (hub, client, environment) = await StartAsync(link: false);
        await using var _ = hub;
        using var __ = client;
        // A workspace whose English customers subscribe with YES: the answer the reply-to-confirm sample waits for.
        using (var policy = await client.Admin.PutAsync("/api/v1/consent-policy", new StringContent("""
            {"keywords":{"languages":{"en":{"optOut":["STOP"],"optIn":["START","YES"],"help":["HELP"],
              "optOutReply":"Unsubscribed. Reply START to come back.","optInReply":"Subscribed again.","helpReply":"Reply STOP to unsubscribe."}}}}
            """, System.Text.Encoding.UTF8, "application/json")))
        {
            Assert.True(policy.IsSuccessStatusCode, await policy.Content.ReadAsStringAsync());
        }

        await PlayAsync(client, phone, "STOP.");
        Assert.Equal("OptedOut", await StoredConsent.StateAsync(environment, phone, "sms", "marketing"));
        Assert.Equal(("OptedOut", "Keyword", "STOP."), await StoredConsent.LastChangeAsync(environment, phone, "sms", "marketing"));
        await HandsetShowsAsync(client, phone, "Unsubscribed. Reply START to come back.");
        // Only the configured languages apply: without Norwegian, HJELP is a message for a person.
        await PlayAsync(client, phone, "hjelp");
        await Eventually.Until(async () => (await ConversationOfAsync(client, phone, "sms"))["messages"]!.AsArray(),
            m => m.Count(x => (string?)x!["direction"] == "inbound") == 2, Patience, "both messages are in the conversation");
        var inbound = (await ConversationOfAsync(client, phone, "sms"))["messages"]!.AsArray().Where(m => (string?)m!["direction"] == "inbound").ToList();
        Assert.Equal(["opt_out", null], inbound.Select(m => (string?)m!["keyword"]));

        using (var order = await client.Admin.PostAsJsonAsync("/api/v1/events", new JsonObject
        {
            ["specversion"] = "1.0", ["id"] = "o-202", ["source"] = "/apps/shop", ["type"] = "order.created",
            ["data"] = new JsonObject
            {
                ["order"] = new JsonObject { ["id"] = "o-202", ["number"] = "#1202", ["status"] = "unconfirmed", ["total"] = 250, ["currency"] = "NOK" },
                ["contact"] = new JsonObject { ["phone"] = phone, ["locale"] = "en" },
            },
        }))
        {
            Assert.Equal(HttpStatusCode.Accepted, order.StatusCode);
        }
        await HandsetShowsAsync(client, phone, "Please confirm order #1202");
        await PlayAsync(client, phone, " yes ");
        // YES is a keyword (opted in again, answered) and still the answer the waiting workflow gets.
        Assert.Equal("OptedIn", await StoredConsent.StateAsync(environment, phone, "sms", "marketing"));
        await HandsetShowsAsync(client, phone, "Subscribed again.");
        await HandsetShowsAsync(client, phone, "Thank you! Order #1202 is confirmed.");
    }

    private static async Task PlayAsync(HubClient client, string phone, string text)
    {
        using var reply = await client.Admin.PostAsJsonAsync("/api/v1/sandbox/inbound", new { channel = "sms", from = phone, to = "2270", text });
        Assert.True(reply.StatusCode == HttpStatusCode.Accepted, await reply.Content.ReadAsStringAsync());
    }

    private static Task<JsonArray> HandsetShowsAsync(HubClient client, string phone, string text) =>
        Eventually.Until(() => client.GetArrayAsync($"/api/v1/sandbox/messages?to={Uri.EscapeDataString(phone)}"),
            m => m.Any(n => ((string?)n!["text"])?.StartsWith(text, StringComparison.Ordinal) == true), Patience, $"the handset shows \"{text}\"");

    internal static async Task<JsonNode> ConversationOfAsync(HubClient client, string address, string channel)
    {
        var list = await client.GetArrayAsync($"/api/v1/conversations?channel={channel}");
        var conversation = Assert.Single(list, c => (string?)c!["address"] == address)!;
        return (await client.Admin.GetFromJsonAsync<JsonNode>($"/api/v1/conversations/{(string?)conversation["id"]}"))!;
    }

    public void Dispose()
    {
        _link.Dispose();
        GC.SuppressFinalize(this);
    }
}
