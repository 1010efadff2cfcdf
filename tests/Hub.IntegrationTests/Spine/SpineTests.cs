using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Hub.IntegrationTests.Infrastructure;

namespace Hub.IntegrationTests.Spine;

/// <summary>
/// The spine end to end on a real Hub process: signed Shopify webhook → canonical event → workflow → sandbox SMS.
/// Runs once per database (see the subclasses).
/// </summary>
public abstract class SpineTests(IHubDatabase database) : IAsyncLifetime
{
    private const string Secret = "shpss_test_secret";
    private HubProcess _hub = null!;
    private HubClient _client = null!;

    public async Task InitializeAsync()
    {
        _hub = await HubProcess.StartAsync(await database.CreateEnvironmentAsync());
        _client = new HubClient(_hub.BaseAddress);
        await _client.PutConnectorAsync("shop", "shopify", Secret, new { defaultRegion = "US" });
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _hub.DisposeAsync();
    }

    [Fact]
    public async Task Signed_order_yields_one_sms_to_the_e164_number_with_the_order_number()
    {
        var body = ShopifyWebhook.OrderCreatedFixture();
        using var response = await _client.Http.SendAsync(ShopifyWebhook.Request("shop", body, Secret, "delivery-1"));
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);

        var messages = await Eventually.Until(
            () => _client.MessagesAsync("status=delivered"), m => m.Count > 0, TimeSpan.FromSeconds(30), "the SMS is delivered");
        var events = await _client.EventsAsync("shop");
        var single = Assert.Single(events)!;
        Assert.Equal("order.created", (string?)single["type"]);
        Assert.Equal("820982911946154500", (string?)single["data"]!["order"]!["id"]);

        var sms = Assert.Single(messages)!;
        Assert.Equal("sms", (string?)sms["channel"]);
        Assert.Equal("sandbox", (string?)sms["provider"]);
        Assert.Equal("+15555557447", (string?)sms["to"]);
        Assert.Equal((string?)single["id"], (string?)sms["eventId"]);
        Assert.Equal("order-confirmation", (string?)sms["workflowId"]);
        Assert.Contains("#9999", (string?)sms["body"], StringComparison.Ordinal);
        Assert.Contains("$", (string?)sms["body"], StringComparison.Ordinal); // the total in USD, as an English reader writes it
    }

    [Fact]
    public async Task A_redelivery_gets_200_and_creates_nothing_new()
    {
        var body = ShopifyWebhook.Order(5001, "#5001");
        using (var first = await _client.Http.SendAsync(ShopifyWebhook.Request("shop", body, Secret, "same-delivery")))
        {
            Assert.Equal(HttpStatusCode.Accepted, first.StatusCode);
        }
        await Eventually.Until(() => _client.MessagesAsync("status=delivered"), m => m.Count == 1, TimeSpan.FromSeconds(30), "the first delivery is sent");

        using (var again = await _client.Http.SendAsync(ShopifyWebhook.Request("shop", body, Secret, "same-delivery")))
        {
            Assert.Equal(HttpStatusCode.OK, again.StatusCode);
            Assert.True((bool)JsonNode.Parse(await again.Content.ReadAsStringAsync())!["duplicate"]!);
        }
        // A different delivery afterwards proves the pipeline is still draining; then the duplicate must still be alone.
        using (var other = await _client.Http.SendAsync(ShopifyWebhook.Request("shop", ShopifyWebhook.Order(5002, "#5002"), Secret, "other-delivery")))
        {
            Assert.Equal(HttpStatusCode.Accepted, other.StatusCode);
        }
        await Eventually.Until(() => _client.MessagesAsync("status=delivered"), m => m.Count == 2, TimeSpan.FromSeconds(30), "the second delivery is sent");

        Assert.Equal(2, (await _client.InboundAsync("shop")).Count);
        Assert.Equal(2, (await _client.EventsAsync("shop")).Count);
        var messages = await _client.MessagesAsync("");
        Assert.Equal(2, messages.Count);
        Assert.Single(messages, m => ((string?)m!["body"])!.Contains("#5001", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Wrong_or_missing_signature_is_401_and_stores_nothing()
    {
        var body = ShopifyWebhook.OrderCreatedFixture();
        using (var wrong = await _client.Http.SendAsync(ShopifyWebhook.Request("shop", body, Secret, "d-wrong", signature: ShopifyWebhook.Sign(body, "other-secret"))))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
            // No detail: a caller probing signatures learns nothing beyond the status.
            Assert.DoesNotContain("detail", await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
        var unsigned = ShopifyWebhook.Request("shop", body, Secret, "d-missing");
        unsigned.Headers.Remove("X-Shopify-Hmac-Sha256");
        using (var missing = await _client.Http.SendAsync(unsigned))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, missing.StatusCode);
        }
        using (var garbled = await _client.Http.SendAsync(ShopifyWebhook.Request("shop", body, Secret, "d-garbled", signature: "not base64!")))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, garbled.StatusCode);
        }
        Assert.Empty(await _client.InboundAsync("shop"));
        Assert.Empty(await _client.EventsAsync("shop"));
    }

    [Fact]
    public async Task Bad_requests_get_clear_answers()
    {
        var big = new byte[2 * 1024 * 1024];
        Array.Fill(big, (byte)' ');
        big[0] = (byte)'{';
        big[^1] = (byte)'}';
        using (var tooLarge = await _client.Http.SendAsync(ShopifyWebhook.Request("shop", big, Secret, "d-big")))
        {
            Assert.Equal(HttpStatusCode.RequestEntityTooLarge, tooLarge.StatusCode);
        }

        var invalid = Encoding.UTF8.GetBytes("{\"id\": 1, \"name\": ");
        using (var badJson = await _client.Http.SendAsync(ShopifyWebhook.Request("shop", invalid, Secret, "d-json")))
        {
            Assert.Equal(HttpStatusCode.BadRequest, badJson.StatusCode);
            Assert.Equal("application/problem+json", badJson.Content.Headers.ContentType?.MediaType);
            var problem = JsonNode.Parse(await badJson.Content.ReadAsStringAsync())!;
            Assert.Equal(400, (int)problem["status"]!);
            Assert.False(string.IsNullOrWhiteSpace((string?)problem["detail"]));
        }

        using (var unknown = await _client.Http.SendAsync(ShopifyWebhook.Request("nope", ShopifyWebhook.OrderCreatedFixture(), Secret, "d-404")))
        {
            Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
            Assert.Equal("application/problem+json", unknown.Content.Headers.ContentType?.MediaType);
        }
        using (var wrongType = await _client.Http.SendAsync(ShopifyWebhook.Request("shop", ShopifyWebhook.OrderCreatedFixture(), Secret, "d-415", contentType: "text/plain")))
        {
            Assert.Equal(HttpStatusCode.UnsupportedMediaType, wrongType.StatusCode);
        }
        using (var get = await _client.Http.GetAsync("/webhooks/shop"))
        {
            Assert.Equal(HttpStatusCode.MethodNotAllowed, get.StatusCode);
        }
        Assert.Empty(await _client.InboundAsync("shop"));
    }

    [Fact]
    public async Task Connector_settings_credentials_and_secret_are_checked_against_the_spec_before_anything_is_stored()
    {
        var shopify = await PutConnectorJsonAsync("shop", new JsonObject
        {
            ["type"] = "shopify", ["secret"] = "   ", ["settings"] = new JsonObject { ["defaultRegion"] = "NOT-A-REGION", ["regon"] = "US" },
        });
        Assert.Equal(
            ["secret", "settings.defaultRegion", "settings.regon"],
            shopify.Select(e => e.Key).Order(StringComparer.Ordinal));

        var hubspot = await PutConnectorJsonAsync("crm", new JsonObject
        {
            ["type"] = "hubspot", ["secret"] = "hubspot-secret",
            ["settings"] = new JsonObject { ["apiBase"] = "file:///etc/passwd" },
            ["credentials"] = new JsonObject { ["accessToken"] = " ", ["password"] = "hunter2" },
        });
        Assert.Equal(
            ["credentials.accessToken", "credentials.password", "settings.apiBase", "settings.webhookUrl"],
            hubspot.Select(e => e.Key).Order(StringComparer.Ordinal));
        Assert.Equal("'file:///etc/passwd' is not an absolute http or https URL.", (string?)hubspot["settings.apiBase"]![0]);
        Assert.DoesNotContain("hunter2", hubspot.ToJsonString(), StringComparison.Ordinal);

        var huge = await PutConnectorJsonAsync("big", new JsonObject
        {
            ["type"] = "shopify", ["secret"] = "s", ["settings"] = new JsonObject { ["defaultRegion"] = new string('U', 10 * 1024 * 1024) },
        });
        Assert.Equal("settings", Assert.Single(huge).Key);

        // Nothing was stored: the refused update left the existing connector as it was, and the others do not exist.
        var shop = JsonNode.Parse(await _client.Admin.GetStringAsync("/api/v1/connectors/shop"))!;
        Assert.Equal("US", (string?)shop["settings"]!["defaultRegion"]);
        Assert.Equal(["shop"], (await _client.GetArrayAsync("/api/v1/connectors")).Select(c => (string?)c!["id"]));
    }

    /// <summary>PUTs a connector that must be refused; its problem details' errors by field.</summary>
    private async Task<JsonObject> PutConnectorJsonAsync(string id, JsonObject body)
    {
        using var response = await _client.Admin.PutAsync($"/api/v1/connectors/{id}", new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!["errors"]!.AsObject();
    }

    [Fact]
    public async Task Admin_api_requires_the_key_and_is_described_by_openapi()
    {
        using (var anonymous = await _client.Http.GetAsync("/api/v1/messages"))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        }
        using (var wrongKey = new HttpRequestMessage(HttpMethod.Get, "/api/v1/connectors"))
        {
            wrongKey.Headers.Authorization = new("Bearer", "guess");
            using var response = await _client.Http.SendAsync(wrongKey);
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        }
        var connectors = await _client.GetArrayAsync("/api/v1/connectors");
        Assert.Equal("shop", (string?)Assert.Single(connectors)!["id"]);
        Assert.DoesNotContain(Secret, connectors.ToJsonString(), StringComparison.Ordinal);

        using (var invalid = await _client.Admin.PutAsync("/api/v1/connectors/x1",
            new StringContent("""{"type":"no-such-type"}""", Encoding.UTF8, "application/json")))
        {
            Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
            var problem = JsonNode.Parse(await invalid.Content.ReadAsStringAsync())!;
            Assert.NotNull(problem["errors"]!["type"]);
            Assert.NotNull(problem["errors"]!["secret"]);
        }

        foreach (var list in new[] { "events", "inbound", "messages" })
        {
            using var bogus = await _client.Admin.GetAsync($"/api/v1/{list}?status=bogus");
            Assert.Equal(HttpStatusCode.BadRequest, bogus.StatusCode);
            Assert.NotNull(JsonNode.Parse(await bogus.Content.ReadAsStringAsync())!["errors"]!["status"]);
        }

        var schemas = await _client.GetArrayAsync("/api/v1/schemas");
        Assert.Contains(schemas, s => (string?)s!["type"] == "appointment.booked");
        var orderSchema = JsonNode.Parse(await _client.Admin.GetStringAsync("/api/v1/schemas/order.created"))!;
        Assert.Equal("urn:hub:schema:order.created:v1", (string?)orderSchema["$id"]);
        using (var unknown = await _client.Admin.GetAsync("/api/v1/schemas/order.teleported"))
        {
            Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        }

        var openApi = JsonNode.Parse(await _client.Http.GetStringAsync("/openapi/v1.json"))!;
        var paths = openApi["paths"]!.AsObject();
        Assert.Contains("/webhooks/{connectorId}", paths.Select(p => p.Key));
        Assert.Contains("/api/v1/messages", paths.Select(p => p.Key));
        Assert.Equal("bearer", (string?)openApi["components"]!["securitySchemes"]!["AdminKey"]!["scheme"]);
        Assert.NotNull(paths["/api/v1/messages"]!["get"]!["security"]);
    }
}
