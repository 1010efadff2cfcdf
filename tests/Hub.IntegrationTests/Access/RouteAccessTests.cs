using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Hub.IntegrationTests.Infrastructure;

namespace Hub.IntegrationTests.Access;

/// <summary>
/// Every route of the admin API (read from the OpenAPI document, so that a new route is tried without anyone adding
/// it here), with no credentials and with each role: 401 without a key, 403 for a role below the route's, and
/// neither for a role that may (the request's made-up ids and bodies may still be 400 or 404, never 5xx).
/// </summary>
public abstract class RouteAccessTests(IHubDatabase database) : IAsyncLifetime
{
    /// <summary>The access contract, route group by route group: the role that reads and the role that changes.</summary>
    private static readonly (string Prefix, string Read, string Write)[] Contract =
    [
        ("/api/v1/workspaces", "owner", "owner"),
        ("/api/v1/api-keys", "admin", "admin"),
        ("/api/v1/users", "admin", "admin"),
        ("/api/v1/audit", "admin", "admin"),
        ("/api/v1/testing", "admin", "admin"),
        ("/api/v1/providers", "viewer", "admin"),
        ("/api/v1/channels", "viewer", "admin"),
        ("/api/v1/consent-policy", "viewer", "admin"),
        ("/api/v1/contacts", "viewer", "admin"),
        ("/api/v1/connectors", "viewer", "editor"),
        ("/api/v1/workflows", "viewer", "editor"),
        ("/api/v1/workflow-instances", "viewer", "editor"),
        ("/api/v1/templates", "viewer", "editor"),
        ("/api/v1/events", "viewer", "editor"),
        ("/api/v1/inbound", "viewer", "editor"),
        ("/api/v1/messages", "viewer", "editor"),
        ("/api/v1/verifications", "viewer", "editor"),
        ("/api/v1/conversations", "viewer", "editor"),
        ("/api/v1/sandbox", "viewer", "editor"),
        ("/api/v1/schemas", "viewer", "editor"),
    ];

    private static readonly string[] Ranks = ["viewer", "editor", "admin", "owner"];

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
    public async Task Every_route_answers_401_without_a_key_403_below_its_role_and_neither_from_its_role_up()
    {
        var clients = new Dictionary<string, HttpClient>(StringComparer.Ordinal) { ["owner"] = _client.Admin };
        foreach (var role in new[] { "viewer", "editor", "admin" })
        {
            clients[role] = AccessClient.WithKey(_hub.BaseAddress, (await AccessClient.CreateKeyAsync(_client.Admin, $"matrix-{role}", role)).Key);
        }
        using var viewer = clients["viewer"];
        using var editor = clients["editor"];
        using var admin = clients["admin"];
        var document = JsonNode.Parse(await _client.Http.GetStringAsync("/openapi/v1.json"))!;
        var routes = document["paths"]!.AsObject()
            .Where(p => p.Key.StartsWith("/api/v1/", StringComparison.Ordinal))
            .SelectMany(p => p.Value!.AsObject().Select(m => (Path: p.Key, Method: m.Key.ToUpperInvariant())))
            .ToList();
        Assert.True(routes.Count > 40, $"only {routes.Count} routes in the OpenAPI document");

        var wrong = new List<string>();
        foreach (var (path, method) in routes)
        {
            var contract = Contract.Where(c => path.StartsWith(c.Prefix, StringComparison.Ordinal)).MaxBy(c => c.Prefix.Length);
            if (contract.Prefix is null)
            {
                wrong.Add($"{method} {path}: no access contract in this test; decide its roles");
                continue;
            }
            var needed = method is "GET" or "HEAD" ? contract.Read : contract.Write;
            var url = Fill(path);
            using (var anonymous = await SendAsync(_client.Http, method, url))
            {
                if (anonymous.StatusCode != HttpStatusCode.Unauthorized)
                {
                    wrong.Add($"{method} {path} without a key: {(int)anonymous.StatusCode}, expected 401");
                }
            }
            foreach (var (role, client) in clients)
            {
                using var response = await SendAsync(client, method, url);
                var status = (int)response.StatusCode;
                var allowed = Array.IndexOf(Ranks, role) >= Array.IndexOf(Ranks, needed);
                if (allowed ? status is 401 or 403 or >= 500 : status != 403)
                {
                    wrong.Add($"{method} {path} as {role}: {status}, expected {(allowed ? "neither 401 nor 403" : "403")} ({needed} needed) {await response.Content.ReadAsStringAsync()}");
                }
            }
        }
        Assert.True(wrong.Count == 0, string.Join('\n', wrong));
    }

    /// <summary>Path parameters as ids that exist nowhere (a GUID suits both GUID and string parameters).</summary>
    private static string Fill(string path) =>
        System.Text.RegularExpressions.Regex.Replace(path, @"\{[^}]+\}", "0b0e9c7e-0000-7000-8000-000000000000");

    private static Task<HttpResponseMessage> SendAsync(HttpClient client, string method, string url)
    {
        var request = new HttpRequestMessage(new HttpMethod(method), url);
        if (method is "POST" or "PUT" or "PATCH")
        {
            request.Content = new StringContent("{}", Encoding.UTF8, "application/json");
        }
        return client.SendAsync(request);
    }
}
