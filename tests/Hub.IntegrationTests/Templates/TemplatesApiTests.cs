using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Hub.IntegrationTests.Infrastructure;

namespace Hub.IntegrationTests.Templates;

/// <summary>
/// The templates API on a real Hub process: the shipped templates listed, a preview of every variant with a sample
/// event or a stored one (SMS encoding and segments, WhatsApp and RCS rich parts, the email layout) and those parts
/// reaching the sandbox handset; drafts refused at save with positions, previewed, published for every later send,
/// rolled back. Runs once per database (see the subclasses).
/// </summary>
public abstract class TemplatesApiTests(IHubDatabase database) : IAsyncLifetime
{
    private HubProcess _hub = null!;
    private HubClient _client = null!;

    public async Task InitializeAsync()
    {
        _hub = await HubProcess.StartAsync(await database.CreateEnvironmentAsync());
        _client = new HubClient(_hub.BaseAddress);
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _hub.DisposeAsync();
    }

    [Fact]
    public async Task A_sample_event_previews_every_variant_with_its_sms_encoding_and_segments()
    {
        var listed = await _client.GetArrayAsync("/api/v1/templates");
        var shipped = listed.Single(t => (string?)t!["id"] == "order-confirmation")!;
        Assert.Equal(["en", "de", "nb"], shipped["locales"]!["sms"]!.AsArray().Select(l => (string?)l));

        var everyLocale = await PreviewAsync(new JsonObject { ["event"] = OrderEvent("Kari") });
        Assert.Equal(["sms en", "sms de", "sms nb", "whatsapp en", "whatsapp nb", "rcs en", "rcs nb", "email en", "email de", "email nb"],
            everyLocale["variants"]!.AsArray().Select(v => $"{v!["channel"]} {v["locale"]}"));
        var whatsapp = everyLocale["variants"]!.AsArray().First(v => (string?)v!["channel"] == "whatsapp")!["rich"]!["whatsAppTemplate"]!;
        Assert.Equal("order_confirmation", (string?)whatsapp["name"]);
        Assert.Equal(["Kari", "#1001", "NOK 1,234.50"], whatsapp["bodyParameters"]!.AsArray().Select(p => (string?)p));
        var card = everyLocale["variants"]!.AsArray().Last(v => (string?)v!["channel"] == "rcs")!["rich"]!["card"]!;
        Assert.Equal("Ordre #1001 er bekreftet", (string?)card["title"]);
        Assert.StartsWith("<!DOCTYPE html>", (string?)everyLocale["variants"]!.AsArray().Last()!["html"], StringComparison.Ordinal);

        // Sent, the rich parts reach the provider: the sandbox handset shows them as it was handed them.
        foreach (var (channel, phone) in new[] { ("whatsapp", "+4791234602"), ("rcs", "+4791234603") })
        {
            using var sent = await _client.Admin.PostAsJsonAsync("/api/v1/messages", new JsonObject
            {
                ["to"] = new JsonObject { ["phone"] = phone }, ["channels"] = new JsonArray(channel), ["template"] = "order-confirmation",
                ["data"] = OrderEvent("Kari")["data"]!.DeepClone(), ["locale"] = "nb-NO", ["purpose"] = "transactional",
            });
            Assert.True(sent.StatusCode == HttpStatusCode.Accepted, await sent.Content.ReadAsStringAsync());
        }
        var handset = await Eventually.Until(() => _client.GetArrayAsync("/api/v1/sandbox/messages?to=%2B4791234602"), m => m.Count == 1,
            TimeSpan.FromSeconds(30), "the WhatsApp message is delivered");
        Assert.Equal(["Kari", "#1001", "kr 1 234,50"], handset[0]!["rich"]!["whatsAppTemplate"]!["bodyParameters"]!.AsArray().Select(p => (string?)p));
        Assert.Equal("o-1", (string?)handset[0]!["rich"]!["whatsAppTemplate"]!["buttons"]![0]!["value"]);
        handset = await Eventually.Until(() => _client.GetArrayAsync("/api/v1/sandbox/messages?to=%2B4791234603"), m => m.Count == 1,
            TimeSpan.FromSeconds(30), "the RCS message is delivered");
        Assert.Equal("Ordre #1001 er bekreftet", (string?)handset[0]!["rich"]!["card"]!["title"]);
        Assert.StartsWith("Takk, Kari!", (string?)handset[0]!["rich"]!["fallbackSms"], StringComparison.Ordinal);

        var bokmal = await PreviewAsync(new JsonObject { ["event"] = OrderEvent("Kari"), ["locale"] = "nb-NO" });
        var sms = bokmal["variants"]!.AsArray().Single(v => (string?)v!["channel"] == "sms")!;
        Assert.Equal("nb", (string?)sms["locale"]);
        Assert.Equal("Takk, Kari! Ordre #1001 er bekreftet: kr 1 234,50.", (string?)sms["body"]);
        Assert.Equal("GSM-7", (string?)sms["sms"]!["encoding"]);
        Assert.Equal(1, (int)sms["sms"]!["segments"]!);
        var email = bokmal["variants"]!.AsArray().Single(v => (string?)v!["channel"] == "email")!;
        Assert.Equal("Ordren din #1001 er bekreftet", (string?)email["subject"]);
        Assert.Null(email["sms"]);

        var typographic = await PreviewAsync(new JsonObject { ["event"] = OrderEvent("Kari’s shop"), ["locale"] = "en" });
        var ucs2 = typographic["variants"]!.AsArray().Single(v => (string?)v!["channel"] == "sms")!["sms"]!;
        Assert.Equal("UCS-2", (string?)ucs2["encoding"]);
        var forced = Assert.Single(ucs2["unicodeCharacters"]!.AsArray())!;
        Assert.Equal("U+2019", (string?)forced["codePoint"]);
        Assert.Equal("'", (string?)forced["replacement"]);
    }

    [Fact]
    public async Task A_stored_event_is_previewed_by_its_id_and_bad_requests_say_what_is_wrong()
    {
        string storedId;
        using (var posted = await _client.Admin.PostAsJsonAsync("/api/v1/events", new JsonObject
        {
            ["specversion"] = "1.0", ["id"] = "evt-preview-1", ["source"] = "/apps/shop", ["type"] = "order.created",
            ["data"] = OrderEvent("Ola")["data"]!.DeepClone(),
        }))
        {
            Assert.Equal(HttpStatusCode.Accepted, posted.StatusCode);
            storedId = (string)(await posted.Content.ReadFromJsonAsync<JsonObject>())!["id"]!;
        }

        var preview = await PreviewAsync(new JsonObject { ["eventId"] = storedId, ["locale"] = "nb" });
        Assert.Contains("Takk, Ola!", (string?)preview["variants"]![0]!["body"], StringComparison.Ordinal);

        using var unknownField = await _client.Admin.PostAsJsonAsync("/api/v1/templates/order-confirmation/preview", new JsonObject { ["evnt"] = OrderEvent("Kari") });
        Assert.Equal(HttpStatusCode.BadRequest, unknownField.StatusCode);
        Assert.NotNull((await unknownField.Content.ReadFromJsonAsync<JsonObject>())!["errors"]!["evnt"]);
        using var noEvent = await _client.Admin.PostAsJsonAsync("/api/v1/templates/order-confirmation/preview", new JsonObject());
        Assert.Equal(HttpStatusCode.BadRequest, noEvent.StatusCode);
        using var unknownEvent = await _client.Admin.PostAsJsonAsync("/api/v1/templates/order-confirmation/preview", new JsonObject { ["eventId"] = "nope" });
        Assert.Equal(HttpStatusCode.NotFound, unknownEvent.StatusCode);
        using var unknownTemplate = await _client.Admin.PostAsJsonAsync("/api/v1/templates/no-such/preview", new JsonObject { ["event"] = OrderEvent("Kari") });
        Assert.Equal(HttpStatusCode.NotFound, unknownTemplate.StatusCode);
    }

    [Fact]
    public async Task A_draft_is_checked_at_save_previewed_published_for_every_send_and_rolled_back()
    {
        var shipped = (await _client.Admin.GetFromJsonAsync<JsonObject>("/api/v1/templates/order-confirmation"))!;
        Assert.Equal(1, (int?)shipped["publishedVersion"]);
        Assert.Null(shipped["draft"]);

        var unreadable = await RefusedAsync(Revised("Ordre {{ ) }}"), "application/yaml");
        Assert.Equal(5, (int)unreadable["line"]!);
        var missingField = await RefusedAsync(Revised("Ordre {{ order.colour }} er bekreftet."), "application/yaml");
        Assert.Equal(("sms.en", 5, 17), ((string?)missingField["field"], (int)missingField["line"]!, (int)missingField["column"]!));
        Assert.Contains("order.colour", (string?)missingField["message"], StringComparison.Ordinal);
        var tooLong = await RefusedAsync(Revised(new string('a', 200)).Replace("sms:", "sms:\n  max_segments: 1", StringComparison.Ordinal), "application/yaml");
        Assert.Contains("max_segments", (string?)tooLong["message"], StringComparison.Ordinal);

        var json = new JsonObject
        {
            ["id"] = "order-confirmation", ["default_locale"] = "en",
            ["sms"] = new JsonObject { ["en"] = "Order {{ order.number }} is confirmed." },
        };
        using (var saved = await _client.Admin.PutAsync("/api/v1/templates/order-confirmation/draft", JsonContent.Create(json)))
        {
            Assert.True(saved.StatusCode == HttpStatusCode.OK, await saved.Content.ReadAsStringAsync());
        }
        var withDraft = (await _client.Admin.GetFromJsonAsync<JsonObject>("/api/v1/templates/order-confirmation"))!;
        Assert.Equal(1, (int?)withDraft["publishedVersion"]);
        Assert.Contains("is confirmed.", (string?)withDraft["draft"]!["source"], StringComparison.Ordinal);
        Assert.Equal("Order #1001 is confirmed.", await PreviewSmsAsync(draft: true));
        Assert.StartsWith("Thanks Kari!", await PreviewSmsAsync(draft: false), StringComparison.Ordinal);

        using (var published = await _client.Admin.PostAsync("/api/v1/templates/order-confirmation/publish", null))
        {
            Assert.Equal(2, (int)(await published.Content.ReadFromJsonAsync<JsonObject>())!["number"]!);
        }
        var after = (await _client.Admin.GetFromJsonAsync<JsonObject>("/api/v1/templates/order-confirmation"))!;
        Assert.Equal((2, null), ((int?)after["publishedVersion"], after["draft"]));
        Assert.Equal(["sms"], after["locales"]!.AsObject().Select(p => p.Key));
        using (var sent = await _client.Admin.PostAsJsonAsync("/api/v1/messages", new JsonObject
        {
            ["to"] = new JsonObject { ["phone"] = "+4791234601" }, ["channels"] = new JsonArray("sms"), ["template"] = "order-confirmation",
            ["data"] = new JsonObject { ["order"] = new JsonObject { ["number"] = "B-2001" } }, ["purpose"] = "transactional",
        }))
        {
            Assert.Equal(HttpStatusCode.Accepted, sent.StatusCode);
        }
        var delivered = await Eventually.Until(() => _client.MessagesAsync("to=%2B4791234601&status=delivered"), m => m.Count == 1,
            TimeSpan.FromSeconds(30), "the send uses the published version");
        Assert.Equal("Order B-2001 is confirmed.", (string?)delivered[0]!["body"]);

        using (var rollback = await _client.Admin.PostAsJsonAsync("/api/v1/templates/order-confirmation/rollback", new { version = 1 }))
        {
            Assert.Equal(HttpStatusCode.OK, rollback.StatusCode);
        }
        var versions = await _client.GetArrayAsync("/api/v1/templates/order-confirmation/versions");
        Assert.Equal([(2, false), (1, true)], versions.Select(v => ((int)v!["number"]!, (bool)v["isPublished"]!)));
        Assert.StartsWith("Thanks Kari!", await PreviewSmsAsync(draft: false), StringComparison.Ordinal);
        using var noDraft = await _client.Admin.PostAsync("/api/v1/templates/order-confirmation/publish", null);
        Assert.Equal(HttpStatusCode.Conflict, noDraft.StatusCode);
    }

    /// <summary>order-confirmation with one SMS text, written at line 5 column 7.</summary>
    private static string Revised(string sms) => $"""
        id: order-confirmation
        default_locale: en

        sms:
          en: "{sms}"
        """;

    private async Task<JsonNode> RefusedAsync(string body, string contentType)
    {
        using var response = await _client.Admin.PutAsync("/api/v1/templates/order-confirmation/draft", new StringContent(body, System.Text.Encoding.UTF8, contentType));
        var answer = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.UnprocessableEntity, answer);
        Assert.StartsWith("application/problem+json", response.Content.Headers.ContentType!.ToString(), StringComparison.Ordinal);
        return JsonNode.Parse(answer)!["errors"]![0]!;
    }

    private async Task<string?> PreviewSmsAsync(bool draft)
    {
        using var response = await _client.Admin.PostAsJsonAsync($"/api/v1/templates/order-confirmation/preview?draft={(draft ? "true" : "false")}",
            new JsonObject { ["event"] = OrderEvent("Kari"), ["locale"] = "en" });
        var answer = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        return (string?)answer["variants"]!.AsArray().Single(v => (string?)v!["channel"] == "sms")!["body"];
    }

    private static JsonObject OrderEvent(string firstName) => new()
    {
        ["type"] = "order.created",
        ["data"] = new JsonObject
        {
            ["order"] = new JsonObject { ["id"] = "o-1", ["number"] = "#1001", ["total"] = 1234.5, ["currency"] = "NOK" },
            ["contact"] = new JsonObject { ["firstName"] = firstName, ["phone"] = "+4791234567" },
        },
    };

    private async Task<JsonObject> PreviewAsync(JsonObject body)
    {
        using var response = await _client.Admin.PostAsJsonAsync("/api/v1/templates/order-confirmation/preview", body);
        var answer = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, answer);
        return JsonNode.Parse(answer)!.AsObject();
    }
}
