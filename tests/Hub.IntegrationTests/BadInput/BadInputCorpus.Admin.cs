using System.Text;

namespace Hub.IntegrationTests.BadInput;

public static partial class BadInputCorpus
{
    private static IEnumerable<BadInputCase> AdminCases()
    {
        var unknown = Guid.NewGuid();
        foreach (var action in new[] { "retry", "replay" })
        {
            yield return Case($"inbound {action}: unknown id", NotFound, Admin(HttpMethod.Post, $"/api/v1/inbound/{unknown}/{action}"));
            yield return Case($"inbound {action}: not a GUID", NotFound, Admin(HttpMethod.Post, $"/api/v1/inbound/not-a-guid/{action}"));
            yield return Case($"inbound {action}: path traversal", NotFound, Admin(HttpMethod.Post, $"/api/v1/inbound/..%2F..%2Fconnectors/{action}"));
            yield return Case($"inbound {action}: with a JSON body of the wrong shape", NotFound, Admin(HttpMethod.Post, $"/api/v1/inbound/{unknown}/{action}", "[\"x\"]"));
            yield return Case($"inbound {action}: with a truncated JSON body", BadRequest, Admin(HttpMethod.Post, $"/api/v1/inbound/{unknown}/{action}", "{\"force\": "));
            yield return Case($"inbound {action}: GET", MethodNotAllowed, Admin(HttpMethod.Get, $"/api/v1/inbound/{unknown}/{action}"));
            yield return Case($"inbound {action}: without the key", Unauthorized, Admin(HttpMethod.Post, $"/api/v1/inbound/{unknown}/{action}", "{", authenticated: false));
        }
        yield return Case("inbound: unknown id", NotFound, Admin(HttpMethod.Get, $"/api/v1/inbound/{unknown}"));
        yield return Case("inbound: a 4,000-character id", NotFound, Admin(HttpMethod.Get, "/api/v1/inbound/" + new string('9', 4000)));
        yield return Case("inbound: unknown status filter", BadRequest, Admin(HttpMethod.Get, "/api/v1/inbound?status=lost"));
        yield return Case("inbound: limit is not a number", BadRequest, Admin(HttpMethod.Get, "/api/v1/inbound?limit=1e9"));
        yield return Case("messages: not a GUID", NotFound, Admin(HttpMethod.Get, "/api/v1/messages/..%2F..%2Fetc%2Fpasswd"));
        yield return Case("messages: unknown id", NotFound, Admin(HttpMethod.Get, $"/api/v1/messages/{unknown}"));
        yield return Case("messages: unknown status filter", BadRequest, Admin(HttpMethod.Get, "/api/v1/messages?status=teleported"));
        yield return Case("messages: POST to one message", MethodNotAllowed, Admin(HttpMethod.Post, "/api/v1/messages/" + unknown, "{}"));
        yield return Case("schemas: unknown type", NotFound, Admin(HttpMethod.Get, "/api/v1/schemas/order.exploded"));
        yield return Case("schemas: path traversal", NotFound, Admin(HttpMethod.Get, "/api/v1/schemas/..%2F..%2F..%2Fetc%2Fpasswd"));
        yield return Case("schemas: a 4,000-character type", NotFound, Admin(HttpMethod.Get, "/api/v1/schemas/" + new string('s', 4000)));
        yield return Case("admin: an unknown resource", NotFound, Admin(HttpMethod.Get, "/api/v1/nothing-here"));

        // The key is checked before the body is read: without it, nothing about the body is judged.
        yield return Case("auth: PUT connector without the key and a broken body", Unauthorized, Admin(HttpMethod.Put, ConnectorsPath + "/probe-new", "{broken", authenticated: false));
        yield return Case("auth: PUT connector without the key and text/plain", Unauthorized, Admin(HttpMethod.Put, ConnectorsPath + "/probe-new", Encoding.UTF8.GetBytes("x"), "text/plain", authenticated: false));
        yield return Case("auth: PUT connector without the key and a valid body", Unauthorized, Admin(HttpMethod.Put, ConnectorsPath + "/probe-new", """{"type": "shopify", "secret": "s"}""", authenticated: false));
        yield return Case("auth: POST event without the key and duplicate keys", Unauthorized, Admin(HttpMethod.Post, EventsPath, """{"id": 1, "id": 2}""", authenticated: false));
        yield return Case("auth: POST event without the key and 2 MiB", Unauthorized, Admin(HttpMethod.Post, EventsPath, new string(' ', 2 * 1024 * 1024), authenticated: false));
        yield return Case("auth: a wrong key", Unauthorized, Admin(HttpMethod.Get, ConnectorsPath, authenticated: false, authorization: "Bearer not-the-key"));
        yield return Case("auth: an empty bearer", Unauthorized, Admin(HttpMethod.Get, ConnectorsPath, authenticated: false, authorization: "Bearer "));
        yield return Case("auth: Basic instead of Bearer", Unauthorized, Admin(HttpMethod.Get, ConnectorsPath, authenticated: false, authorization: "Basic dGVzdDp0ZXN0"));
        yield return Case("auth: a 6,000-character key", Unauthorized, Admin(HttpMethod.Get, ConnectorsPath, authenticated: false, authorization: "Bearer " + new string('k', 6000)));
        yield return Case("auth: DELETE connector without the key", Unauthorized, Admin(HttpMethod.Delete, ConnectorsPath + "/" + BadInputHub.ShopId, authenticated: false));

        // Health checks answer any method (probes use GET or HEAD); what matters is that they never judge a body.
        yield return Case("health: POST /health/live", [200], Admin(HttpMethod.Post, "/health/live", "{}", authenticated: false));
        yield return Case("health: DELETE /health/ready", [200], Admin(HttpMethod.Delete, "/health/ready", authenticated: false));
        yield return Case("openapi: POST the document", MethodNotAllowed, Admin(HttpMethod.Post, "/openapi/v1.json", "{}", authenticated: false));
        // ASP.NET Core's OpenAPI endpoint answers an unknown document in text/plain.
        yield return Case("openapi: path traversal", NotFound, Admin(HttpMethod.Get, "/openapi/..%2F..%2Fappsettings.json", authenticated: false), ourBody: false);
    }
}
