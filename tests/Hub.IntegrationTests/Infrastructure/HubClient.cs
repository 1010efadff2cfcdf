using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Hub.IntegrationTests.Infrastructure;

/// <summary>The admin API as a test (or an integrator with curl) uses it.</summary>
public sealed class HubClient : IDisposable
{
    public const string AdminKey = "test-admin-key";

    public HubClient(Uri baseAddress)
    {
        Http = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(60) };
        Admin = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(60) };
        Admin.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", AdminKey);
    }

    /// <summary>Unauthenticated, as a webhook sender.</summary>
    public HttpClient Http { get; }

    public HttpClient Admin { get; }

    public async Task PutConnectorAsync(string id, string type, string secret, object? settings = null, object? credentials = null)
    {
        using var response = await Admin.PutAsJsonAsync($"/api/v1/connectors/{id}", new { type, secret, settings, credentials });
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"PUT connector {id}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }
    }

    public Task<JsonArray> EventsAsync(string connector, int limit = 500) => GetArrayAsync($"/api/v1/events?connector={connector}&limit={limit}");

    public Task<JsonArray> MessagesAsync(string query) => GetArrayAsync($"/api/v1/messages?{query}");

    public Task<JsonArray> InboundAsync(string connector, int limit = 500) => GetArrayAsync($"/api/v1/inbound?connector={connector}&limit={limit}");

    /// <summary>Every page of a list endpoint.</summary>
    public async Task<List<JsonNode>> AllAsync(string path)
    {
        var all = new List<JsonNode>();
        var separator = path.Contains('?', StringComparison.Ordinal) ? '&' : '?';
        for (var offset = 0; ; offset += 500)
        {
            var page = await GetArrayAsync($"{path}{separator}limit=500&offset={offset}");
            all.AddRange(page.Select(n => n!));
            if (page.Count < 500)
            {
                return all;
            }
        }
    }

    public async Task<JsonArray> GetArrayAsync(string path)
    {
        var node = await Admin.GetFromJsonAsync<JsonNode>(path);
        return node as JsonArray ?? throw new InvalidOperationException($"{path} did not return an array: {node}");
    }

    public void Dispose()
    {
        Http.Dispose();
        Admin.Dispose();
    }
}
