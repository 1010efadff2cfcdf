using System.Net.Http.Json;
using Hub.Load.Sink;

namespace Hub.Load.HubPhases;

/// <summary>
/// Points Hub's SMS channel at the sink through the admin API (PRODUCT.md, channel providers): a <c>webhook</c>
/// provider instance named <c>sink</c>, then the channel's provider list.
/// </summary>
internal static class SinkConfiguration
{
    private static readonly string[] SmsProviders = ["sink"];

    /// <returns>Null when Hub accepted both, else what it answered.</returns>
    public static async Task<string?> ApplyAsync(HttpClient admin, SinkServer sink)
    {
        var provider = new
        {
            type = "webhook",
            settings = new { url = sink.Url.ToString(), timeoutSeconds = 5 },
            credentials = new { secret = sink.Signature.Secret },
        };
        return await PutAsync(admin, "/api/v1/providers/sink", provider)
            ?? await PutAsync(admin, "/api/v1/channels/sms", new { providers = SmsProviders });
    }

    private static async Task<string?> PutAsync(HttpClient admin, string path, object body)
    {
        try
        {
            using var response = await admin.PutAsJsonAsync(path, body);
            if (response.IsSuccessStatusCode)
            {
                return null;
            }
            var text = await response.Content.ReadAsStringAsync();
            return $"PUT {path} answered {(int)response.StatusCode} {response.ReasonPhrase}{(text.Length > 0 ? ": " + text[..Math.Min(text.Length, 200)] : "")}";
        }
        catch (HttpRequestException ex)
        {
            return $"PUT {path} failed: {ex.Message}";
        }
    }
}
