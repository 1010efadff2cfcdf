using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Hub.IntegrationTests.Infrastructure;

namespace Hub.IntegrationTests.BadInput;

/// <summary>Bad requests against every public endpoint, by name; each file of this class covers one endpoint family.</summary>
public static partial class BadInputCorpus
{
    private static readonly int[] BadRequest = [400];
    private static readonly int[] Unauthorized = [401];
    private static readonly int[] NotFound = [404];
    private static readonly int[] MethodNotAllowed = [405];
    private static readonly int[] UnsupportedMediaType = [415];

    private static readonly Lazy<IReadOnlyDictionary<string, BadInputCase>> ByName = new(() =>
        WebhookCases().Concat(EventCases()).Concat(ConnectorCases()).Concat(AdminCases()).Concat(TransportCases()).Concat(WorkflowCases())
            .Concat(VerificationCases()).Concat(ContactCases())
            .ToDictionary(c => c.Name, StringComparer.Ordinal));

    public static IEnumerable<string> Names => ByName.Value.Keys;

    public static BadInputCase Find(string name) => ByName.Value[name];

    /// <summary>10,000 levels of arrays: far beyond any depth limit, small enough to send.</summary>
    private static string DeeplyNested(int depth = 10_000) => new string('[', depth) + new string(']', depth);

    private static string KindName(JsonNode value) => value.GetValueKind() switch
    {
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Array => "an array",
        _ => "an object",
    };

    private static BadInputCase Case(string name, int[] statuses, Func<BadInputHub, Task<BadInputAnswer>> send, bool ourBody = true, bool stores = false) =>
        new(name, send, statuses, ourBody, stores);

    /// <summary>An admin call with the key (or without it), the body sent as is.</summary>
    private static Func<BadInputHub, Task<BadInputAnswer>> Admin(
        HttpMethod method, string path, byte[]? body = null, string? contentType = "application/json", bool authenticated = true, string? authorization = null) =>
        async hub =>
        {
            using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative));
            if (body is not null)
            {
                request.Content = new ByteArrayContent(body);
                request.Content.Headers.ContentType = contentType is null ? null : MediaTypeHeaderValue.Parse(contentType);
            }
            if (authorization is not null)
            {
                request.Headers.TryAddWithoutValidation("Authorization", authorization);
            }
            var client = authenticated ? hub.Client.Admin : hub.Client.Http;
            return await BadInputAnswer.FromAsync(await client.SendAsync(request));
        };

    private static Func<BadInputHub, Task<BadInputAnswer>> Admin(HttpMethod method, string path, string json, bool authenticated = true) =>
        Admin(method, path, Encoding.UTF8.GetBytes(json), authenticated: authenticated);

    /// <summary>A Shopify delivery to the corpus' shop, correctly signed whatever the body is.</summary>
    private static Func<BadInputHub, Task<BadInputAnswer>> SignedWebhook(byte[] body, string? contentType = "application/json", string? signature = null) =>
        async hub =>
        {
            using var request = ShopifyWebhook.Request(BadInputHub.ShopId, body, BadInputHub.ShopSecret, Guid.NewGuid().ToString(), signature: signature);
            request.Content!.Headers.ContentType = contentType is null ? null : MediaTypeHeaderValue.Parse(contentType);
            return await BadInputAnswer.FromAsync(await hub.Client.Http.SendAsync(request));
        };

    private static Func<BadInputHub, Task<BadInputAnswer>> SignedWebhook(string body) => SignedWebhook(Encoding.UTF8.GetBytes(body));

    private static byte[] Bytes(params object[] parts) =>
        [.. parts.SelectMany(p => p switch
        {
            string text => Encoding.UTF8.GetBytes(text),
            byte[] raw => raw,
            _ => throw new ArgumentException($"Unsupported part {p.GetType().Name}", nameof(parts)),
        })];
}
