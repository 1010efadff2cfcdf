using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Hub.IntegrationTests.Infrastructure;

namespace Hub.IntegrationTests.Access;

/// <summary>Keys and workspaces through the API, and clients that carry a key (or the bootstrap key in a workspace).</summary>
internal static class AccessClient
{
    public static HttpClient WithKey(Uri baseAddress, string key, string? workspace = null)
    {
        var client = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(60) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        if (workspace is not null)
        {
            client.DefaultRequestHeaders.Add("Hub-Workspace", workspace);
        }
        return client;
    }

    /// <summary>Creates a key with <paramref name="role"/> through <paramref name="admin"/>; returns its id and the key.</summary>
    public static async Task<(Guid Id, string Key)> CreateKeyAsync(HttpClient admin, string name, string role)
    {
        using var response = await admin.PostAsJsonAsync("/api/v1/api-keys", new { name, role });
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == System.Net.HttpStatusCode.Created, $"POST api-keys: {(int)response.StatusCode} {body}");
        var created = JsonNode.Parse(body)!;
        return (Guid.Parse((string)created["id"]!), (string)created["key"]!);
    }

    public static async Task CreateWorkspaceAsync(Uri baseAddress, string id)
    {
        using var owner = WithKey(baseAddress, HubClient.AdminKey);
        using var response = await owner.PostAsJsonAsync("/api/v1/workspaces", new { id, name = $"Workspace {id}" });
        Assert.True(response.StatusCode == System.Net.HttpStatusCode.Created, $"POST workspaces: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }
}
