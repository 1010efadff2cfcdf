using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Hub.IntegrationTests.Infrastructure;

namespace Hub.IntegrationTests.Contacts;

/// <summary>
/// Contacts in a real Hub process: kept from Shopify webhooks posted as Shopify sends them (consent included),
/// merged when one event links two, found, shown and changed through <c>/api/v1/contacts</c>, and erased from every
/// table. One process per class; every test uses phones and emails of its own.
/// </summary>
public abstract class ContactsTests(IHubDatabase database) : IAsyncLifetime
{
    private const string Secret = "shpss_contacts_secret";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);
    private Dictionary<string, string> _environment = null!;
    private HubProcess _hub = null!;
    private HubClient _client = null!;

    public async Task InitializeAsync()
    {
        _environment = await database.CreateEnvironmentAsync();
        _hub = await HubProcess.StartAsync(_environment);
        _client = new HubClient(_hub.BaseAddress);
        await _client.PutConnectorAsync("shop", "shopify", Secret, new { defaultRegion = "NO" });
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _hub.DisposeAsync();
    }

    [Fact]
    public async Task A_shopify_customer_unsubscribed_from_sms_is_opted_out_of_sms_marketing()
    {
        var phone = UniquePhone();
        var email = $"consent-{Guid.NewGuid():N}@example.com";
        var customer = Customer(phone, email, "Ingrid", "Berg");
        customer["sms_marketing_consent"] = new JsonObject
        {
            ["state"] = "unsubscribed", ["opt_in_level"] = "single_opt_in",
            ["consent_updated_at"] = "2026-01-02T09:30:00-05:00", ["consent_collected_from"] = "SHOPIFY",
        };
        customer["email_marketing_consent"] = new JsonObject { ["state"] = "subscribed", ["opt_in_level"] = "confirmed_opt_in", ["consent_updated_at"] = "2026-01-02T09:29:00-05:00" };

        await PostShopifyAsync(customer, "customers/update");

        var contact = await FindByPhoneAsync(phone);
        var detail = await GetContactAsync((string)contact["id"]!);
        Assert.Equal("opted_out", (string?)detail["consent"]!["sms"]!["marketing"]);
        Assert.Equal("opted_in", (string?)detail["consent"]!["email"]!["marketing"]);
        Assert.Equal("Ingrid", (string?)detail["contact"]!["firstName"]);
        Assert.Equal(email, (string?)detail["contact"]!["email"]);
        var sms = Assert.Single(detail["history"]!.AsArray(), h => (string?)h!["channel"] == "sms")!;
        Assert.Equal("opted_out", (string?)sms["state"]);
        Assert.Equal("webhook", (string?)sms["source"]);
        Assert.Equal("contact.consent.sms.marketing.status=denied", (string?)sms["evidence"]);
        var e = Assert.Single(await _client.EventsAsync("shop"), ev => (string?)ev!["data"]!["contact"]!["phone"] == phone)!;
        Assert.Equal("contact.updated", (string?)e["type"]);
        Assert.Equal((string?)e["id"], (string?)sms["eventId"]);
        Assert.Equal(DateTimeOffset.Parse("2026-01-02T14:30:00Z", System.Globalization.CultureInfo.InvariantCulture),
            DateTimeOffset.Parse((string)sms["occurredAt"]!, System.Globalization.CultureInfo.InvariantCulture));
        var identities = detail["identities"]!.AsArray().Select(i => $"{i!["kind"]}:{i["value"]}").Order().ToList();
        Assert.Equal([$"email:{email}", $"phone:{phone}", $"source:shop:{customer["id"]}"], identities);

        var optedOut = await _client.GetArrayAsync("/api/v1/contacts?channel=sms&purpose=marketing&state=opted_out&limit=500");
        Assert.Contains(optedOut, c => (string?)c!["id"] == (string?)contact["id"]);
        var unknown = await _client.GetArrayAsync("/api/v1/contacts?channel=sms&purpose=marketing&state=unknown&limit=500");
        Assert.DoesNotContain(unknown, c => (string?)c!["id"] == (string?)contact["id"]);
    }

    [Fact]
    public async Task An_older_event_fills_gaps_but_does_not_overwrite_a_newer_one_and_a_repeated_consent_is_noted_once()
    {
        var phone = UniquePhone();
        var email = $"order-{Guid.NewGuid():N}@example.com";
        var newer = Customer(phone, email, "Astrid", "Lie");
        newer["sms_marketing_consent"] = new JsonObject { ["state"] = "subscribed", ["consent_updated_at"] = "2026-01-02T09:00:00Z" };
        await PostShopifyAsync(newer, "customers/update", triggeredAt: "2026-01-03T10:00:00Z");
        var id = (string)(await FindByPhoneAsync(phone))["id"]!;

        var older = Customer(phone, email, "Astri", "Lie");
        older["note"] = "an earlier change, delivered late";
        older["sms_marketing_consent"] = new JsonObject { ["state"] = "subscribed", ["consent_updated_at"] = "2026-01-02T09:00:00Z" };
        await PostShopifyAsync(older, "customers/update", triggeredAt: "2026-01-03T09:00:00Z");
        await Eventually.Until(() => _client.EventsAsync("shop"), e => e.Count(ev => (string?)ev!["data"]!["contact"]!["phone"] == phone && (string?)ev["status"] == "processed") == 2,
            Patience, "both events are recorded");

        var contact = await GetContactAsync(id);
        Assert.Equal("Astrid", (string?)contact["contact"]!["firstName"]);
        Assert.Equal("opted_in", (string?)contact["consent"]!["sms"]!["marketing"]);
        Assert.Single(contact["history"]!.AsArray());
    }

    [Fact]
    public async Task An_event_that_links_a_phone_and_an_email_of_two_contacts_merges_them_into_the_older()
    {
        var phone = UniquePhone();
        var email = $"merge-{Guid.NewGuid():N}@example.com";
        var older = await PostContactAsync(new { phone, firstName = "Ola" });
        var newer = await PostContactAsync(new { email = email.ToUpperInvariant(), lastName = "Nordmann" });
        Assert.NotEqual(older, newer);
        using (var consent = await _client.Admin.PutAsJsonAsync($"/api/v1/contacts/{newer}/consent",
            new { channel = "email", purpose = "marketing", state = "opted_out", evidence = "asked by phone" }))
        {
            Assert.Equal(HttpStatusCode.OK, consent.StatusCode);
        }

        await PostShopifyAsync(Customer(phone, email, "Ola", "Nordmann"), "customers/create");

        await Eventually.Until(async () =>
        {
            using var response = await _client.Admin.GetAsync($"/api/v1/contacts/{newer}");
            return response.StatusCode;
        }, s => s == HttpStatusCode.NotFound, Patience, "the newer contact is merged away");
        var merged = await GetContactAsync(older);
        var kinds = merged["identities"]!.AsArray().Select(i => (string)i!["kind"]!).Order().ToList();
        Assert.Equal(["email", "phone", "source"], kinds);
        Assert.Equal("opted_out", (string?)merged["consent"]!["email"]!["marketing"]);
        var moved = Assert.Single(merged["history"]!.AsArray())!;
        Assert.Equal("api", (string?)moved["source"]);
        Assert.Equal("asked by phone", (string?)moved["evidence"]);
        var byEmail = Assert.Single(await _client.GetArrayAsync($"/api/v1/contacts?email={Uri.EscapeDataString(email)}"))!;
        Assert.Equal(older, (string?)byEmail["id"]);
        // A plus written bare in a query string arrives as a space; it still finds the number.
        var byPhone = Assert.Single(await _client.GetArrayAsync($"/api/v1/contacts?phone={phone}"))!;
        Assert.Equal(older, (string?)byPhone["id"]);
    }

    [Fact]
    public async Task Bad_requests_are_problems_naming_their_fields_and_unknown_contacts_are_404()
    {
        var id = await PostContactAsync(new { phone = UniquePhone() });

        using var bad = await _client.Admin.PutAsJsonAsync($"/api/v1/contacts/{id}/consent", new { channel = "", purpose = "Marketing!", state = "maybe" });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal("application/problem+json", bad.Content.Headers.ContentType?.MediaType);
        var errors = JsonNode.Parse(await bad.Content.ReadAsStringAsync())!["errors"]!.AsObject();
        Assert.Equal(["channel", "purpose", "state"], errors.Select(e => e.Key).Order());
        Assert.Empty((await GetContactAsync(id))["history"]!.AsArray());

        using var badContact = await _client.Admin.PostAsJsonAsync("/api/v1/contacts", new { phone = "12", email = "not-an-address", timeZone = "Mars/Olympus" });
        Assert.Equal(HttpStatusCode.BadRequest, badContact.StatusCode);
        var contactErrors = JsonNode.Parse(await badContact.Content.ReadAsStringAsync())!["errors"]!.AsObject();
        Assert.Equal(["email", "phone", "timeZone"], contactErrors.Select(e => e.Key).Order());

        using var badFilter = await _client.Admin.GetAsync("/api/v1/contacts?phone=12&state=opted_out");
        Assert.Equal(HttpStatusCode.BadRequest, badFilter.StatusCode);
        var filterErrors = JsonNode.Parse(await badFilter.Content.ReadAsStringAsync())!["errors"]!.AsObject();
        Assert.Equal(["phone", "state"], filterErrors.Select(e => e.Key).Order());

        var unknown = Guid.NewGuid();
        using var get = await _client.Admin.GetAsync($"/api/v1/contacts/{unknown}");
        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
        using var put = await _client.Admin.PutAsJsonAsync($"/api/v1/contacts/{unknown}/consent", new { channel = "sms", purpose = "marketing", state = "opted_out" });
        Assert.Equal(HttpStatusCode.NotFound, put.StatusCode);
        using var delete = await _client.Admin.DeleteAsync($"/api/v1/contacts/{unknown}");
        Assert.Equal(HttpStatusCode.NotFound, delete.StatusCode);
    }

    [Fact]
    public async Task Erasure_leaves_no_trace_of_the_phone_email_or_names_in_any_table()
    {
        var phone = UniquePhone();
        var national = phone[3..];
        var email = $"erase-{Guid.NewGuid():N}@example.com";
        var first = UniqueName("Y");
        var last = UniqueName("Q");
        var order = Order(phone, national, email, first, last);
        await PostShopifyAsync(order, "orders/create");
        await Eventually.Until(() => _client.GetArrayAsync($"/api/v1/sandbox/messages?to={Uri.EscapeDataString(phone)}"),
            m => m.Count > 0, Patience, "the order confirmation reaches the sandbox handset");
        using (var reply = await _client.Admin.PostAsJsonAsync("/api/v1/sandbox/inbound",
            new { channel = "sms", from = phone, to = "2270", text = $"Thanks! {first} {last}, {email}" }))
        {
            Assert.Equal(HttpStatusCode.Accepted, reply.StatusCode);
        }
        var contact = await FindByPhoneAsync(phone);
        var id = (string)contact["id"]!;
        var messages = await _client.MessagesAsync($"to={Uri.EscapeDataString(phone)}");
        string[] terms = [national, email, first, last];
        // The check can fail: before erasure every term is in the database.
        var before = await DatabaseText.FindAsync(_environment, terms);
        Assert.All(terms, t => Assert.Contains(before, f => f.EndsWith(": " + t, StringComparison.Ordinal)));
        Assert.Contains(before, f => f.StartsWith("inbound_requests.body", StringComparison.Ordinal));

        using (var erase = await _client.Admin.DeleteAsync($"/api/v1/contacts/{id}"))
        {
            Assert.Equal(HttpStatusCode.NoContent, erase.StatusCode);
        }

        var after = await DatabaseText.FindAsync(_environment, terms);
        Assert.True(after.Count == 0, "Still in the database: " + string.Join("; ", after));
        var erased = await GetContactAsync(id);
        Assert.NotNull((string?)erased["contact"]!["erasedAt"]);
        Assert.Null((string?)erased["contact"]!["phone"]);
        Assert.Empty(erased["identities"]!.AsArray());
        Assert.Empty(await _client.GetArrayAsync($"/api/v1/contacts?phone={Uri.EscapeDataString(phone)}"));
        // The rows stay: the message is still counted, with its status, to an erased address.
        var kept = await _client.MessagesAsync($"to={PersonalDataErased}");
        Assert.All(messages, m => Assert.Contains(kept, k => (string?)k!["id"] == (string?)m!["id"] && (string?)k["status"] == (string?)m["status"]));
        using (var again = await _client.Admin.DeleteAsync($"/api/v1/contacts/{id}"))
        {
            Assert.Equal(HttpStatusCode.NoContent, again.StatusCode);
        }
    }

    private const string PersonalDataErased = "erased";

    private static string UniquePhone() => "+479" + Random.Shared.Next(1_000_000, 9_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A name no fixture, template or workflow contains: a capital and nine letters from a fresh GUID.</summary>
    private static string UniqueName(string initial) =>
        initial + new string([.. Guid.NewGuid().ToString("N").Take(9).Select(c => (char)('a' + (Convert.ToInt32(c.ToString(), 16) % 26)))]);

    private static JsonObject Customer(string phone, string email, string first, string last) => new()
    {
        ["id"] = Random.Shared.NextInt64(1_000_000_000_000, 9_000_000_000_000),
        ["created_at"] = "2026-01-02T09:00:00-05:00",
        ["updated_at"] = "2026-01-02T09:30:00-05:00",
        ["first_name"] = first,
        ["last_name"] = last,
        ["state"] = "enabled",
        ["email"] = email,
        ["phone"] = phone,
        ["verified_email"] = true,
        ["currency"] = "NOK",
    };

    /// <summary>Shopify's sample order as this person's: national digits in the order and addresses, Norway as their country.</summary>
    private static JsonObject Order(string phone, string national, string email, string first, string last)
    {
        var order = JsonNode.Parse(ShopifyWebhook.Order(Random.Shared.NextInt64(1_000_000_000, 9_000_000_000), "#" + Random.Shared.Next(10_000, 99_999)))!.AsObject();
        order["email"] = email;
        order["contact_email"] = email;
        order["phone"] = national;
        order["customer"] = Customer(phone, email, first, last);
        order["customer"]!["phone"] = null;
        foreach (var address in new[] { "billing_address", "shipping_address" })
        {
            order[address] = new JsonObject
            {
                ["first_name"] = first, ["last_name"] = last, ["name"] = $"{first} {last}", ["phone"] = national,
                ["address1"] = "Storgata 1", ["city"] = "Oslo", ["zip"] = "0155", ["country"] = "Norway", ["country_code"] = "NO",
            };
        }
        return order;
    }

    private async Task PostShopifyAsync(JsonObject body, string topic, string? triggeredAt = null)
    {
        var bytes = Encoding.UTF8.GetBytes(body.ToJsonString());
        using var request = ShopifyWebhook.Request("shop", bytes, Secret, Guid.NewGuid().ToString(), topic);
        if (triggeredAt is not null)
        {
            request.Headers.Remove("X-Shopify-Triggered-At");
            request.Headers.Add("X-Shopify-Triggered-At", triggeredAt);
        }
        using var response = await _client.Http.SendAsync(request);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
    }

    private async Task<string> PostContactAsync(object body)
    {
        using var response = await _client.Admin.PostAsJsonAsync("/api/v1/contacts", body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, text);
        return (string)JsonNode.Parse(text)!["contact"]!["id"]!;
    }

    private async Task<JsonNode> FindByPhoneAsync(string phone)
    {
        var found = await Eventually.Until(() => _client.GetArrayAsync($"/api/v1/contacts?phone={Uri.EscapeDataString(phone)}"),
            c => c.Count > 0, Patience, "the webhook's contact is stored");
        return Assert.Single(found)!;
    }

    private async Task<JsonNode> GetContactAsync(string id)
    {
        using var response = await _client.Admin.GetAsync($"/api/v1/contacts/{id}");
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, text);
        return JsonNode.Parse(text)!;
    }
}
