using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Hub.IntegrationTests.Infrastructure;

namespace Hub.IntegrationTests.Workflows;

/// <summary>The workflow and instance endpoints as an analyst's tool uses them; every call that must succeed checks it did.</summary>
public sealed class WorkflowApi(HubClient client)
{
    public Task<HttpResponseMessage> PutDraftAsync(string id, string body, string contentType = "application/yaml") =>
        client.Admin.PutAsync($"/api/v1/workflows/{id}/draft", new StringContent(body, Encoding.UTF8, contentType));

    /// <summary>Saves <paramref name="yaml"/> as the draft and publishes it; the published version's number.</summary>
    public async Task<int> PublishAsync(string id, string yaml)
    {
        using (var draft = await PutDraftAsync(id, yaml))
        {
            await EnsureAsync(draft, "PUT draft");
        }
        using var published = await client.Admin.PostAsync($"/api/v1/workflows/{id}/publish", null);
        return (int)(await EnsureAsync(published, "publish"))["number"]!;
    }

    public async Task<int> RollbackAsync(string id, int version)
    {
        using var response = await client.Admin.PostAsJsonAsync($"/api/v1/workflows/{id}/rollback", new { version });
        return (int)(await EnsureAsync(response, "rollback"))["number"]!;
    }

    public async Task<JsonObject> GetAsync(string path) => (await client.Admin.GetFromJsonAsync<JsonObject>(path))!;

    public Task<JsonArray> InstancesAsync(string query) => client.GetArrayAsync($"/api/v1/workflow-instances?{query}");

    /// <summary>The instance of <paramref name="workflow"/> keyed <paramref name="key"/> once <paramref name="done"/> holds for it.</summary>
    public async Task<JsonNode> InstanceAsync(string workflow, string key, Func<JsonNode, bool> done, string because)
    {
        var found = await Eventually.Until(() => InstancesAsync($"workflow={workflow}&key={key}"),
            list => list.Count == 1 && done(list[0]!), TimeSpan.FromSeconds(60), because);
        return found[0]!;
    }

    /// <summary>Posts an <c>appointment.booked</c> for <paramref name="appointmentId"/>; Hub's id of the stored event.</summary>
    public async Task<string> PostBookingAsync(string appointmentId)
    {
        var cloudEvent = new JsonObject
        {
            ["specversion"] = "1.0",
            ["id"] = $"booking-{appointmentId}",
            ["source"] = "/apps/booking",
            ["type"] = "appointment.booked",
            ["subject"] = appointmentId,
            ["time"] = "2026-05-01T09:30:00+02:00",
            ["data"] = new JsonObject
            {
                ["appointment"] = new JsonObject { ["id"] = appointmentId, ["start"] = "2030-01-01T10:00:00Z", ["title"] = "Haircut" },
                ["contact"] = new JsonObject { ["firstName"] = "Ada", ["phone"] = "+4791234567", ["locale"] = "en" },
            },
        };
        using var response = await client.Admin.PostAsJsonAsync("/api/v1/events", cloudEvent);
        return (string)(await EnsureAsync(response, "POST event"))["id"]!;
    }

    /// <summary>The messages one workflow sent for one event.</summary>
    public async Task<List<JsonNode>> MessagesAsync(string workflow, string eventId) =>
        [.. (await client.MessagesAsync($"eventId={Uri.EscapeDataString(eventId)}")).Where(m => (string?)m!["workflowId"] == workflow).Select(m => m!)];

    private static async Task<JsonObject> EnsureAsync(HttpResponseMessage response, string what)
    {
        var body = await response.Content.ReadAsStringAsync();
        return response.IsSuccessStatusCode
            ? JsonNode.Parse(body)!.AsObject()
            : throw new InvalidOperationException($"{what}: {(int)response.StatusCode} {body}");
    }
}
