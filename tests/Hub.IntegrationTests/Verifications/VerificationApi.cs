using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Hub.IntegrationTests.Infrastructure;

namespace Hub.IntegrationTests.Verifications;

/// <summary>The verification and sandbox handset endpoints as an app (or an integrator with curl) calls them.</summary>
internal static partial class VerificationApi
{
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    public static async Task<JsonObject> IssueAsync(HubClient client, object body)
    {
        using var response = await client.Admin.PostAsJsonAsync("/api/v1/verifications", body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, text);
        return JsonNode.Parse(text)!.AsObject();
    }

    public static async Task<string> CheckAsync(HubClient client, string id, string code)
    {
        using var response = await client.Admin.PostAsJsonAsync($"/api/v1/verifications/{id}/check", new { code });
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, text);
        return (string)JsonNode.Parse(text)!["status"]!;
    }

    /// <summary>The code as the recipient's handset shows it, once the sandbox delivered it.</summary>
    public static async Task<(string Code, JsonNode Message)> CodeOnHandsetAsync(HubClient client, string to, int length)
    {
        var messages = await Eventually.Until(() => client.GetArrayAsync($"/api/v1/sandbox/messages?to={Uri.EscapeDataString(to)}"),
            m => m.Count > 0, Patience, $"the code reaches {to}'s handset");
        var message = messages[0]!;
        var code = Digits().Matches((string)message["text"]!).Select(m => m.Value).Single(v => v.Length == length);
        return (code, message);
    }

    /// <summary>The same length, another code: every digit moved on by one.</summary>
    public static string WrongCode(string code) => string.Concat(code.Select(c => (char)('0' + ((c - '0' + 1) % 10))));

    [GeneratedRegex("[0-9]+")]
    private static partial Regex Digits();
}
