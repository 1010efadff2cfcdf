using System.Text;
using System.Text.Json.Nodes;

namespace Hub.IntegrationTests.BadInput;

public static partial class BadInputCorpus
{
    private const string ConnectorsPath = "/api/v1/connectors";

    /// <summary>A valid new connector (never created: each case breaks one thing about it).</summary>
    private static JsonObject ValidConnector() => new()
    {
        ["type"] = "hubspot",
        ["secret"] = "probe-secret",
        ["settings"] = new JsonObject { ["webhookUrl"] = "https://hub.example.com/webhooks/probe", ["defaultRegion"] = "US" },
        ["credentials"] = new JsonObject { ["accessToken"] = "pat-probe" },
        ["maxBodyBytes"] = 65536,
        ["previousSecretValidForSeconds"] = 60,
    };

    private static Func<BadInputHub, Task<BadInputAnswer>> PutConnector(Action<JsonObject> breakIt, string id = "probe-new") =>
        hub =>
        {
            var connector = ValidConnector();
            breakIt(connector);
            return Admin(HttpMethod.Put, $"{ConnectorsPath}/{id}", connector.ToJsonString())(hub);
        };

    private static IEnumerable<BadInputCase> ConnectorCases()
    {
        var wrongTypes = new Dictionary<string, JsonNode[]>(StringComparer.Ordinal)
        {
            ["type"] = [42, true, new JsonArray(), new JsonObject()],
            ["secret"] = [42, true, new JsonArray(), new JsonObject()],
            ["settings"] = ["text", 42, new JsonArray(), true],
            ["credentials"] = ["text", 42, new JsonArray(), true],
            ["maxBodyBytes"] = ["big", true, new JsonArray(), new JsonObject(), 1.5, JsonNode.Parse("1e400")!, JsonNode.Parse("99999999999999999999999")!, -1],
            ["previousSecretValidForSeconds"] = ["soon", true, new JsonArray(), 2.5, JsonNode.Parse("99999999999")!, -1],
        };
        foreach (var (field, values) in wrongTypes)
        {
            foreach (var value in values)
            {
                yield return Case($"connectors PUT: {field} is {KindName(value)} {value.ToJsonString()}", BadRequest, PutConnector(c => c[field] = value.DeepClone()));
            }
        }
        foreach (var (setting, value) in new (string, JsonNode)[] { ("defaultRegion", 42), ("defaultRegion", "Atlantis"), ("webhookUrl", new JsonArray()), ("apiBase", "file:///etc/passwd"), ("apiBase", "not a url"), ("apiBase", "gopher://127.0.0.1:70/") })
        {
            yield return Case($"connectors PUT: setting {setting} = {value.ToJsonString()}", BadRequest, PutConnector(c => c["settings"]![setting] = value.DeepClone()));
        }
        yield return Case("connectors PUT: a credential is a number", BadRequest, PutConnector(c => c["credentials"]!["accessToken"] = 42));
        yield return Case("connectors PUT: a credential is an object", BadRequest, PutConnector(c => c["credentials"]!["accessToken"] = new JsonObject { ["nested"] = 1 }));
        // The control: the base body is valid, so each case above fails for the one thing it breaks.
        yield return Case("connectors PUT: the unbroken body is created (control)", [201], async hub =>
        {
            var answer = await PutConnector(_ => { }, "probe-control")(hub);
            await Admin(HttpMethod.Delete, ConnectorsPath + "/probe-control")(hub);
            return answer;
        }, stores: true);
        yield return Case("connectors PUT: unknown type", BadRequest, PutConnector(c => c["type"] = "no-such-source"));
        yield return Case("connectors PUT: no secret on create", BadRequest, PutConnector(c => c.Remove("secret")));
        yield return Case("connectors PUT: path traversal in the id", BadRequest, PutConnector(_ => { }, "..%2F..%2Fetc%2Fpasswd"));
        yield return Case("connectors PUT: a 300-character id", BadRequest, PutConnector(_ => { }, new string('c', 300)));
        yield return Case("connectors PUT: an upper-case id", BadRequest, PutConnector(_ => { }, "Probe"));
        yield return Case("connectors PUT: duplicate keys in settings", BadRequest, Admin(HttpMethod.Put, ConnectorsPath + "/probe-new",
            """{"type": "shopify", "secret": "s", "settings": {"defaultRegion": "US", "defaultRegion": "NO"}}"""));
        yield return Case("connectors PUT: a lone surrogate in settings", BadRequest, Admin(HttpMethod.Put, ConnectorsPath + "/probe-new",
            """{"type": "shopify", "secret": "s", "settings": {"defaultRegion": "\udc00"}}"""));
        yield return Case("connectors PUT: a lone surrogate in the secret", BadRequest, Admin(HttpMethod.Put, ConnectorsPath + "/probe-new",
            """{"type": "shopify", "secret": "\ud800"}"""));
        yield return Case("connectors PUT: invalid UTF-8 in credentials", BadRequest, Admin(HttpMethod.Put, ConnectorsPath + "/probe-new",
            Bytes("{\"type\": \"hubspot\", \"secret\": \"s\", \"credentials\": {\"accessToken\": \"", new byte[] { 0xED, 0xA0, 0x80 }, "\"}}")));
        yield return Case("connectors PUT: 10,000 levels of nesting in settings", BadRequest, Admin(HttpMethod.Put, ConnectorsPath + "/probe-new",
            """{"type": "shopify", "secret": "s", "settings": {"x": """ + DeeplyNested() + "}}"));
        yield return Case("connectors PUT: empty body", BadRequest, Admin(HttpMethod.Put, ConnectorsPath + "/probe-new", ""));
        yield return Case("connectors PUT: truncated", BadRequest, Admin(HttpMethod.Put, ConnectorsPath + "/probe-new", """{"type": "shop"""));
        foreach (var body in new[] { "null", "[]", "\"shopify\"", "42" })
        {
            yield return Case($"connectors PUT: the body is {body}", BadRequest, Admin(HttpMethod.Put, ConnectorsPath + "/probe-new", body));
        }
        yield return Case("connectors PUT: text/plain", UnsupportedMediaType, Admin(HttpMethod.Put, ConnectorsPath + "/probe-new", Encoding.UTF8.GetBytes("{}"), "text/plain"));
        yield return Case("connectors PUT: XML", UnsupportedMediaType, Admin(HttpMethod.Put, ConnectorsPath + "/probe-new", Encoding.UTF8.GetBytes("<c/>"), "application/xml"));
        yield return Case("connectors PUT: no content type", UnsupportedMediaType, Admin(HttpMethod.Put, ConnectorsPath + "/probe-new", Encoding.UTF8.GetBytes("{}"), contentType: null));
        yield return Case("connectors PUT: a 2 MiB type", BadRequest, Admin(HttpMethod.Put, ConnectorsPath + "/probe-new", "{\"type\": \"" + new string('x', 2 * 1024 * 1024) + "\"}"));
        yield return Case("connectors: PATCH", MethodNotAllowed, Admin(HttpMethod.Patch, ConnectorsPath + "/" + BadInputHub.ShopId, "{}"));
        yield return Case("connectors: POST", MethodNotAllowed, Admin(HttpMethod.Post, ConnectorsPath, "{}"));
        yield return Case("connectors: GET of an unknown id", NotFound, Admin(HttpMethod.Get, ConnectorsPath + "/no-such-connector"));
        yield return Case("connectors: GET with path traversal", NotFound, Admin(HttpMethod.Get, ConnectorsPath + "/..%2F..%2Fetc%2Fpasswd"));
        yield return Case("connectors: GET of a 4,000-character id", NotFound, Admin(HttpMethod.Get, ConnectorsPath + "/" + new string('c', 4000)));
        yield return Case("connectors: DELETE of an unknown id", NotFound, Admin(HttpMethod.Delete, ConnectorsPath + "/no-such-connector"));
        yield return Case("connectors: DELETE with path traversal", NotFound, Admin(HttpMethod.Delete, ConnectorsPath + "/..%2F" + BadInputHub.ShopId));
    }
}
