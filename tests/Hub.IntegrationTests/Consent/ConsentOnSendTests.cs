using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Hub.IntegrationTests.Channels.WhatsApp;
using Hub.IntegrationTests.Infrastructure;
using Hub.IntegrationTests.Providers;

namespace Hub.IntegrationTests.Consent;

/// <summary>
/// The consent check on every send, on a real Hub per database whose clock starts at noon in Oslo: an opt-out skips
/// marketing (the provider is not called) and the send moves to its next channel, while transactional still goes;
/// a workspace that requires an opt-in skips marketing with <c>no_consent</c>; WhatsApp sends the approved template
/// outside the 24-hour service window and the text inside it, as Meta's Graph API (faked at its contract) receives it.
/// </summary>
public abstract class ConsentOnSendTests(IHubDatabase database) : IAsyncLifetime
{
    /// <summary>12:00 in Oslo, 03:00 in Los Angeles: marketing to a Norwegian number goes at once.</summary>
    private static readonly DateTimeOffset HubStart = new(2026, 6, 10, 10, 0, 0, TimeSpan.Zero);
    private const string WhatsAppProvider = "wa-consent";
    private readonly GraphApiFake _graph = new();
    private HubProcess _hub = null!;
    private HubClient _client = null!;

    public async Task InitializeAsync()
    {
        var environment = await database.CreateEnvironmentAsync();
        environment["Hub__Testing__Now"] = HubStart.ToString("O", System.Globalization.CultureInfo.InvariantCulture);
        _hub = await HubProcess.StartAsync(environment);
        _client = new HubClient(_hub.BaseAddress);
        using (var put = await _client.PutProviderAsync(WhatsAppProvider, new
        {
            type = "whatsapp",
            settings = new { phoneNumberId = GraphApiFake.PhoneNumberId, baseUrl = _graph.BaseUrl, timeoutSeconds = 30 },
            credentials = new { accessToken = GraphApiFake.AccessToken, appSecret = MetaWebhooks.AppSecret, verifyToken = MetaWebhooks.VerifyToken },
        }))
        {
            Assert.True(put.IsSuccessStatusCode, await put.Content.ReadAsStringAsync());
        }
        using var route = await _client.PutChannelAsync("whatsapp", WhatsAppProvider);
        Assert.True(route.IsSuccessStatusCode, await route.Content.ReadAsStringAsync());
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _hub.DisposeAsync();
        _graph.Dispose();
    }

    /// <remarks>
    /// The opt-out is recorded by a canonical event's <c>contact.consent.sms.marketing.status = denied</c>: this test
    /// needs the contacts module's event consumer (branch <c>contacts</c>) to pass.
    /// </remarks>
    [Fact]
    public async Task A_contact_opted_out_of_sms_marketing_gets_no_marketing_sms_but_its_transactional_ones()
    {
        const string phone = "+4791239001";
        await RecordAsync(phone, "ada@example.com", new JsonObject { ["sms"] = new JsonObject { ["marketing"] = new JsonObject { ["status"] = "denied" } } });

        var marketing = await _client.SendAsync(ConsentApi.Text(phone, "marketing", "Summer sale: 20% off"));
        var skipped = await _client.UntilStatusAsync(marketing, "skipped", "the marketing SMS is skipped");
        Assert.Equal("opted_out", (string?)skipped["message"]!["reason"]);
        Assert.NotNull((string?)skipped["message"]!["contactId"]);
        Assert.Empty(skipped["attempts"]!.AsArray());

        var transactional = await _client.SendAsync(ConsentApi.Text(phone, "transactional", "Your order has shipped"));
        await _client.UntilStatusAsync(transactional, "delivered", "the transactional SMS is delivered");
        var handset = await _client.HandsetAsync(phone);
        Assert.Equal(["Your order has shipped"], handset.Select(m => (string?)m!["text"]));

        // The send moves on to its next channel: the opt-out is of SMS marketing, not of email.
        var fallback = await _client.SendAsync(new JsonObject
        {
            ["to"] = new JsonObject { ["phone"] = phone, ["email"] = "ada@example.com" },
            ["channels"] = new JsonArray("sms", "email"),
            ["text"] = "Autumn sale: 30% off",
            ["purpose"] = "marketing",
        });
        var moved = await _client.UntilStatusAsync(fallback, "skipped", "the marketing SMS is skipped");
        Assert.Equal("opted_out → email", (string?)moved["movedOnReason"]);
        var email = await Eventually.Until(() => _client.HandsetAsync("ada@example.com"), m => m.Count == 1, ConsentApi.Patience, "the email arrives");
        Assert.Equal("Autumn sale: 30% off", (string?)email[0]!["text"]);
        Assert.Equal(["Your order has shipped"], (await _client.HandsetAsync(phone)).Select(m => (string?)m!["text"]));
    }

    [Fact]
    public async Task A_workspace_that_requires_an_opt_in_skips_marketing_to_others_with_no_consent()
    {
        using (var put = await _client.Admin.PutAsJsonAsync("/api/v1/consent-policy", new JsonObject { ["requireMarketingOptIn"] = true }))
        {
            Assert.Equal(HttpStatusCode.OK, put.StatusCode);
            var answer = (await put.Content.ReadFromJsonAsync<JsonNode>())!;
            Assert.True((bool)answer["requireMarketingOptIn"]!);
            Assert.Equal("21:00", (string?)answer["quietHours"]!["start"]);
        }
        try
        {
            const string phone = "+4791239002";
            var marketing = await _client.SendAsync(ConsentApi.Text(phone, "marketing", "New arrivals"));
            var skipped = await _client.UntilStatusAsync(marketing, "skipped", "the marketing SMS is skipped");
            Assert.Equal("no_consent", (string?)skipped["message"]!["reason"]);
            var transactional = await _client.SendAsync(ConsentApi.Text(phone, "transactional", "Your code is ready"));
            await _client.UntilStatusAsync(transactional, "delivered", "the transactional SMS is delivered");
            Assert.Equal(["Your code is ready"], (await _client.HandsetAsync(phone)).Select(m => (string?)m!["text"]));
            var listed = await _client.MessagesAsync($"to={Uri.EscapeDataString(phone)}&status=skipped");
            Assert.Equal([marketing], listed.Select(m => (string?)m!["id"]));
            Assert.Equal("no_consent", (string?)listed[0]!["reason"]);
        }
        finally
        {
            using var reset = await _client.Admin.PutAsJsonAsync("/api/v1/consent-policy", new JsonObject());
            Assert.Equal(HttpStatusCode.OK, reset.StatusCode);
        }
        var policy = (await _client.Admin.GetFromJsonAsync<JsonNode>("/api/v1/consent-policy"))!;
        Assert.False((bool)policy["requireMarketingOptIn"]!);
    }

    [Fact]
    public async Task A_bad_policy_or_purpose_is_refused_naming_the_field_and_changes_nothing()
    {
        using (var bad = await _client.Admin.PutAsJsonAsync("/api/v1/consent-policy", JsonNode.Parse("""
            {"quietHours": {"start": "9pm", "end": "08:00"}, "countries": {"Norway": {"start": "21:00", "end": "08:00"}}, "senders": {"Link NO": {}}}
            """)))
        {
            Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
            Assert.Equal("application/problem+json", bad.Content.Headers.ContentType?.MediaType);
            var errors = (await bad.Content.ReadFromJsonAsync<JsonNode>())!["errors"]!.AsObject();
            Assert.Equal(["countries.Norway", "quietHours.start", "senders.Link NO"], errors.Select(e => e.Key).Order(StringComparer.Ordinal));
        }
        var policy = (await _client.Admin.GetFromJsonAsync<JsonNode>("/api/v1/consent-policy"))!;
        Assert.Equal("21:00", (string?)policy["quietHours"]!["start"]);

        foreach (var purpose in new[] { "system", "promotional" })
        {
            using var refused = await _client.Admin.PostAsJsonAsync("/api/v1/messages", ConsentApi.Text("+4791239003", purpose, "Hello"));
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            Assert.NotNull((await refused.Content.ReadFromJsonAsync<JsonNode>())!["errors"]!["purpose"]);
        }
        Assert.Empty(await _client.MessagesAsync("to=%2B4791239003"));
    }

    [Fact]
    public async Task WhatsApp_sends_the_approved_template_25_hours_after_the_last_inbound_message_and_the_text_2_hours_after()
    {
        const string late = "+4791239011";
        const string recent = "+4791239012";
        await InboundAsync(late, HubStart.AddHours(-25));
        await InboundAsync(recent, HubStart.AddHours(-2));

        var template = await _client.SendAsync(OrderConfirmation(late, "whatsapp"));
        var text = await _client.SendAsync(OrderConfirmation(recent, "whatsapp"));
        await _client.UntilStatusAsync(template, "sent", "the template is sent");
        await _client.UntilStatusAsync(text, "sent", "the text is sent");

        var outside = _graph.Requests.Single(r => (string?)r.Body["biz_opaque_callback_data"] == template).Body;
        Assert.Equal("template", (string?)outside["type"]);
        Assert.Equal("order_confirmation", (string?)outside["template"]!["name"]);
        Assert.Null(outside["text"]);
        var inside = _graph.Requests.Single(r => (string?)r.Body["biz_opaque_callback_data"] == text).Body;
        Assert.Equal("text", (string?)inside["type"]);
        Assert.StartsWith("Takk, Kari! Ordre #1001 er bekreftet", (string?)inside["text"]!["body"], StringComparison.Ordinal);
        Assert.Null(inside["template"]);
    }

    [Fact]
    public async Task WhatsApp_free_text_outside_the_window_without_a_template_is_skipped_and_goes_by_sms()
    {
        const string phone = "+4791239021";
        await InboundAsync(phone, HubStart.AddHours(-30));
        var id = await _client.SendAsync(ConsentApi.Text(phone, "transactional", "Your table is ready", "whatsapp", "sms"));

        var skipped = await _client.UntilStatusAsync(id, "skipped", "the WhatsApp text is skipped");
        Assert.Equal("outside_service_window", (string?)skipped["message"]!["reason"]);
        Assert.Equal("outside_service_window → sms", (string?)skipped["movedOnReason"]);
        Assert.Empty(skipped["attempts"]!.AsArray());
        Assert.DoesNotContain(_graph.Requests, r => (string?)r.Body["biz_opaque_callback_data"] == id);
        var sms = await Eventually.Until(() => _client.HandsetAsync(phone), m => m.Count == 1, ConsentApi.Patience, "the SMS arrives");
        Assert.Equal("Your table is ready", (string?)sms[0]!["text"]);
    }

    /// <summary>A canonical event from an internal app naming the contact and its consent.</summary>
    private async Task RecordAsync(string phone, string email, JsonObject consent)
    {
        using var posted = await _client.Admin.PostAsJsonAsync("/api/v1/events", new JsonObject
        {
            ["specversion"] = "1.0",
            ["id"] = Guid.NewGuid().ToString(),
            ["source"] = "/apps/crm",
            ["type"] = "contact.updated",
            ["subject"] = phone,
            ["time"] = HubStart.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
            ["data"] = new JsonObject
            {
                ["contact"] = new JsonObject { ["id"] = "crm-" + phone[1..], ["firstName"] = "Ada", ["phone"] = phone, ["email"] = email, ["consent"] = consent },
            },
        });
        Assert.True(posted.IsSuccessStatusCode, await posted.Content.ReadAsStringAsync());
    }

    /// <summary>A WhatsApp text from <paramref name="phone"/> written at <paramref name="at"/>, as Meta posts it (signed).</summary>
    private async Task InboundAsync(string phone, DateTimeOffset at)
    {
        var body = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(MetaWebhooks.File("webhook.inbound-text.json"))
            .Replace("16505551234", phone[1..], StringComparison.Ordinal)
            .Replace("1749416383", at.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("wamid.HBgLMTY1MDM4Nzk0MzkVAgASGBQzQTRBNjU5OUFFRTAzODEwMTQ0RgA=", "wamid." + Guid.NewGuid().ToString("N"), StringComparison.Ordinal));
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/providers/{WhatsAppProvider}/webhook") { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new("application/json");
        request.Headers.Add("X-Hub-Signature-256", MetaWebhooks.Sign(body));
        using var response = await _client.Http.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private static JsonObject OrderConfirmation(string phone, string channel) => new()
    {
        ["to"] = new JsonObject { ["phone"] = phone },
        ["channels"] = new JsonArray(channel),
        ["template"] = "order-confirmation",
        ["data"] = new JsonObject
        {
            ["order"] = new JsonObject { ["id"] = "o-1", ["number"] = "#1001", ["total"] = 1234.5, ["currency"] = "NOK" },
            ["contact"] = new JsonObject { ["firstName"] = "Kari" },
        },
        ["locale"] = "nb-NO",
        ["purpose"] = "transactional",
    };
}
