using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Hub.IntegrationTests.Infrastructure;

namespace Hub.IntegrationTests.Consent;

/// <summary>The send API, the message timeline and the sandbox handset as the consent tests use them.</summary>
public static class ConsentApi
{
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    /// <summary>Sends and answers the message id (202 asserted).</summary>
    public static async Task<string> SendAsync(this HubClient client, JsonObject request)
    {
        using var response = await client.Admin.PostAsJsonAsync("/api/v1/messages", request);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Accepted, body);
        return (string)JsonNode.Parse(body)!["id"]!;
    }

    public static JsonObject Text(string phone, string purpose, string text, params string[] channels) => new()
    {
        ["to"] = new JsonObject { ["phone"] = phone },
        ["channels"] = new JsonArray([.. (channels.Length == 0 ? ["sms"] : channels).Select(c => (JsonNode?)c)]),
        ["text"] = text,
        ["purpose"] = purpose,
    };

    public static async Task<JsonNode> DetailAsync(this HubClient client, string id) =>
        (await client.Admin.GetFromJsonAsync<JsonNode>($"/api/v1/messages/{id}"))!;

    /// <summary>The message's timeline once its status is <paramref name="status"/>.</summary>
    public static Task<JsonNode> UntilStatusAsync(this HubClient client, string id, string status, string what) =>
        Eventually.Until(() => client.DetailAsync(id), m => (string?)m["message"]!["status"] == status, Patience, what);

    /// <summary>What the sandbox handset of <paramref name="phone"/> received.</summary>
    public static Task<JsonArray> HandsetAsync(this HubClient client, string phone) =>
        client.GetArrayAsync($"/api/v1/sandbox/messages?to={Uri.EscapeDataString(phone)}");
}
