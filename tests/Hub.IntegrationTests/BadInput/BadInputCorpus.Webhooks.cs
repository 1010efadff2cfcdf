using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Hub.IntegrationTests.Infrastructure;

namespace Hub.IntegrationTests.BadInput;

public static partial class BadInputCorpus
{
    private static IEnumerable<BadInputCase> WebhookCases()
    {
        const string Order = """{"id": 820982911946154508, "name": "#9999", "note": """;
        // Correctly signed, so each reaches the parser: the signature proves who sent it, not that it can be read.
        yield return Case("webhook: invalid UTF-8 in a field no mapping reads", BadRequest, SignedWebhook(Bytes(Order, "\"caf", new byte[] { 0xC3, 0x28 }, "\"}")));
        yield return Case("webhook: a lone low surrogate escape in a field no mapping reads", BadRequest, SignedWebhook(Order + "\"\\udc00\"}"));
        yield return Case("webhook: a lone high surrogate escape", BadRequest, SignedWebhook(Order + "\"\\ud800 and text\"}"));
        yield return Case("webhook: a surrogate escape in a property name", BadRequest, SignedWebhook("{\"\\udfff\": 1}"));
        yield return Case("webhook: duplicate keys", BadRequest, SignedWebhook("""{"id": 1, "id": 2}"""));
        yield return Case("webhook: empty body", BadRequest, SignedWebhook(""));
        yield return Case("webhook: whitespace body", BadRequest, SignedWebhook(" \r\n "));
        yield return Case("webhook: JSON null", BadRequest, SignedWebhook("null"));
        yield return Case("webhook: truncated JSON", BadRequest, SignedWebhook(Order + "\"half"));
        yield return Case("webhook: trailing garbage", BadRequest, SignedWebhook("""{"id": 1} {"id": 2}"""));
        yield return Case("webhook: 10,000 levels of nesting", BadRequest, SignedWebhook(DeeplyNested()));
        yield return Case("webhook: an unsigned body", Unauthorized, SignedWebhook(Encoding.UTF8.GetBytes("{}"), signature: "AAAA"));
        yield return Case("webhook: invalid UTF-8 with a wrong signature is 401 first", Unauthorized, SignedWebhook(Bytes("{\"a\": \"", new byte[] { 0xFF }, "\"}"), signature: "AAAA"));
        yield return Case("webhook: text/plain", UnsupportedMediaType, SignedWebhook(Encoding.UTF8.GetBytes("{}"), "text/plain"));
        yield return Case("webhook: no content type", UnsupportedMediaType, SignedWebhook(Encoding.UTF8.GetBytes("{}"), contentType: null));
        yield return Case("webhook: multipart", UnsupportedMediaType, SignedWebhook(Encoding.UTF8.GetBytes("--x--"), "multipart/form-data; boundary=x"));
        yield return Case("webhook: larger than the connector's limit", [413], SignedWebhook(Bytes("{\"pad\": \"", new string('x', 1024 * 1024 + 1), "\"}")));
        yield return Case("webhook: unknown connector", NotFound, Admin(HttpMethod.Post, "/webhooks/no-such-connector", "{}", authenticated: false));
        yield return Case("webhook: path traversal in the connector id", NotFound, Admin(HttpMethod.Post, "/webhooks/..%2F..%2Fapi%2Fv1%2Fconnectors", "{}", authenticated: false));
        yield return Case("webhook: a 4,000-character connector id", NotFound, Admin(HttpMethod.Post, "/webhooks/" + new string('a', 4000), "{}", authenticated: false));
        yield return Case("webhook: GET", MethodNotAllowed, Admin(HttpMethod.Get, "/webhooks/" + BadInputHub.ShopId, authenticated: false));
        yield return Case("webhook: PUT", MethodNotAllowed, Admin(HttpMethod.Put, "/webhooks/" + BadInputHub.ShopId, "{}", authenticated: false));
        yield return Case("webhook: DELETE", MethodNotAllowed, Admin(HttpMethod.Delete, "/webhooks/" + BadInputHub.ShopId, authenticated: false));

        // Valid JSON that is merely odd is accepted and stored; what matters is that nothing crashes on it later.
        yield return Case("webhook: a 400-digit number in a field no mapping reads", [202], AcceptedThenSettled(Order + "\"x\", \"unread\": " + new string('9', 400) + "}"), stores: true);
        yield return Case("webhook: 1e400 in a field no mapping reads", [202], AcceptedThenSettled(Order + "\"x\", \"unread\": 1e400}"), stores: true);
        yield return Case("webhook: two identical deliveries at once", [202, 200], SimultaneousRedeliveryAsync, stores: true);
        yield return Case("webhook: enrichment from 127.0.0.1 is refused", [202], RefusedEnrichment(BadInputHub.LoopbackCrmId, "127.0.0.1"), stores: true);
        yield return Case("webhook: enrichment from 169.254.169.254 is refused", [202], RefusedEnrichment(BadInputHub.MetadataCrmId, "169.254.169.254"), stores: true);
    }

    /// <summary>Accepted, and its ingest job ends (processed, ignored or dead-lettered) instead of crashing.</summary>
    private static Func<BadInputHub, Task<BadInputAnswer>> AcceptedThenSettled(string body) =>
        async hub =>
        {
            var answer = await SignedWebhook(body)(hub);
            if (answer.Status == 202)
            {
                await hub.ProcessedInboundAsync((string)JsonNode.Parse(answer.Body)!["requestId"]!);
            }
            return answer;
        };

    /// <summary>The same delivery twice at once: both 2xx with the request id of the one stored copy, and no error logged.</summary>
    private static async Task<BadInputAnswer> SimultaneousRedeliveryAsync(BadInputHub hub)
    {
        var body = ShopifyWebhook.Order(4_100_000_001, "#race");
        var deliveryId = Guid.NewGuid().ToString();
        var answers = await Task.WhenAll(Enumerable.Range(0, 2).Select(async _ =>
        {
            using var request = ShopifyWebhook.Request(BadInputHub.ShopId, body, BadInputHub.ShopSecret, deliveryId);
            return await BadInputAnswer.FromAsync(await hub.Client.Http.SendAsync(request));
        }));
        Assert.All(answers, a => Assert.True(a.Status is 200 or 202, $"a copy of the redelivery got {a}"));
        var ids = answers.Select(a => (string?)JsonNode.Parse(a.Body)!["requestId"]).Distinct().ToList();
        Assert.Single(ids);
        Assert.Single(answers, a => a.Status == 202);
        await hub.ProcessedInboundAsync(ids[0]!);
        return answers[0];
    }

    /// <summary>A HubSpot batch to a connector whose apiBase the outbound guard refuses: stored, then dead-lettered with the reason.</summary>
    private static Func<BadInputHub, Task<BadInputAnswer>> RefusedEnrichment(string connectorId, string address) =>
        async hub =>
        {
            var body = await File.ReadAllBytesAsync(RepoPaths.Fixture("webhooks/hubspot/contact.creation.json"));
            using var request = HubSpotV3.Request($"/webhooks/{connectorId}", body, BadInputHub.CrmSecret, BadInputHub.CrmWebhookUrl);
            var answer = await BadInputAnswer.FromAsync(await hub.Client.Http.SendAsync(request));
            Assert.Equal((int)HttpStatusCode.Accepted, answer.Status);
            var inbound = await hub.ProcessedInboundAsync((string)JsonNode.Parse(answer.Body)!["requestId"]!);
            Assert.Equal("failed", (string?)inbound["status"]);
            Assert.Contains($"Refused to connect to {address}", (string?)inbound["lastError"], StringComparison.Ordinal);
            // Not transient: dead-lettered at its first attempt, not retried against the guard.
            Assert.Equal(1, (int?)inbound["attempts"]);
            var events = await hub.Client.Admin.GetFromJsonAsync<JsonArray>($"/api/v1/events?connector={connectorId}");
            Assert.Empty(events!);
            return answer;
        };
}
