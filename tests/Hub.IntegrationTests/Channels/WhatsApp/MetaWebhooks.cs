using System.Security.Cryptography;
using System.Text;
using Hub.Channels;
using Hub.IntegrationTests.Infrastructure;

namespace Hub.IntegrationTests.Channels.WhatsApp;

/// <summary>
/// Meta's webhook requests built from the shared fixtures (<c>tests/fixtures/providers/whatsapp/</c>), signed as Meta
/// signs them (written from Meta's description, independent of the plugin's verifier).
/// </summary>
public static class MetaWebhooks
{
    /// <summary>The app secret of <c>webhook.inbound-text.signature.json</c>; the instance is configured with it.</summary>
    public const string AppSecret = "test_app_secret_123";

    /// <summary>The verify token of <c>webhook.verification-get.txt</c>.</summary>
    public const string VerifyToken = "meatyhamhock";

    private static readonly Uri HubUrl = new("https://hub.example.com/providers/whatsapp-main/webhook");

    public static byte[] File(string name) => System.IO.File.ReadAllBytes(RepoPaths.Fixture("providers/whatsapp/" + name));

    public static string Sign(byte[] body, string secret = AppSecret) =>
        "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), body));

    /// <summary>A POST notification with this body and this X-Hub-Signature-256 (none when null).</summary>
    public static ProviderCallback Post(byte[] body, string? signature, string path = "webhook")
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { ["Content-Type"] = "application/json" };
        if (signature is not null)
        {
            headers["X-Hub-Signature-256"] = signature;
        }
        return new ProviderCallback("POST", path, HubUrl, headers, new Dictionary<string, string>(StringComparer.Ordinal), body);
    }

    /// <summary>A POST of a fixture file, signed with the app secret.</summary>
    public static ProviderCallback SignedPost(string file) => Post(File(file), Sign(File(file)));

    /// <summary>The GET handshake of <c>webhook.verification-get.txt</c>, with its query as Meta sends it.</summary>
    public static ProviderCallback Handshake(Func<string, string>? rewriteQuery = null)
    {
        var requestLine = Encoding.UTF8.GetString(File("webhook.verification-get.txt")).Split('\n')[0];
        var target = new Uri("https://hub.example.com" + requestLine.Split(' ')[1]);
        var query = (rewriteQuery ?? (q => q))(target.Query.TrimStart('?'));
        var parameters = query.Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.Split('=', 2))
            .ToDictionary(p => Uri.UnescapeDataString(p[0]), p => p.Length > 1 ? Uri.UnescapeDataString(p[1]) : "", StringComparer.Ordinal);
        return new ProviderCallback("GET", "webhook", new Uri(HubUrl + "?" + query),
            new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase), parameters, ReadOnlyMemory<byte>.Empty);
    }

    /// <summary>A fixture with its text replaced (a status of another kind, with Hub's id echoed), signed.</summary>
    public static ProviderCallback SignedVariant(string file, params (string From, string To)[] replacements)
    {
        var text = Encoding.UTF8.GetString(File(file));
        foreach (var (from, to) in replacements)
        {
            Assert.Contains(from, text, StringComparison.Ordinal);
            text = text.Replace(from, to, StringComparison.Ordinal);
        }
        var body = Encoding.UTF8.GetBytes(text);
        return Post(body, Sign(body));
    }
}
