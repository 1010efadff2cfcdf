using System.Text.Json.Nodes;
using Hub.Connectors;

namespace Hub.Tests.Connectors.Verification;

/// <summary>
/// One vector of a <c>tests/fixtures/webhooks/{system}/signature-vectors.json</c> file (layout in SOURCES.md), turned
/// into what the host would hand the connector: the request, the instance settings and the clock.
/// </summary>
internal sealed record SignatureVector(string System, string Name, JsonObject Json)
{
    private static readonly string Root = Path.Combine(RepoPaths.Root, "tests", "fixtures", "webhooks");

    public string Secret => Json["secret"]!.GetValue<string>();

    public bool ExpectedValid => (string?)Json["expected_result"] is null or "valid";

    public WebhookRequest Request()
    {
        var headers = Json["headers"]!.AsObject().Select(h => KeyValuePair.Create(h.Key, h.Value!.GetValue<string>()));
        // body_base64 holds the exact signed bytes; body is only its readable form.
        var body = Convert.FromBase64String(Json["body_base64"]!.GetValue<string>());
        return SignedRequests.Request(body, headers, (string?)Json["method"] ?? "POST");
    }

    /// <summary>The URL a vector was signed for, under the setting name the system's spec reads it from.</summary>
    public JsonObject Settings() => System switch
    {
        "square" => SignedRequests.Settings(("notificationUrl", (string)Json["notification_url"]!)),
        "hubspot" when (string?)Json["url"] is { } url => SignedRequests.Settings(("webhookUrl", url)),
        _ => [],
    };

    /// <summary>test_now when given; otherwise the signing time itself (HubSpot's is in milliseconds); else any time.</summary>
    public DateTimeOffset Now()
    {
        if (Json["test_now"] is { } now)
        {
            return DateTimeOffset.FromUnixTimeSeconds(now.GetValue<long>());
        }
        if (Json["timestamp"] is { } timestamp)
        {
            return System == "hubspot"
                ? DateTimeOffset.FromUnixTimeMilliseconds(timestamp.GetValue<long>())
                : DateTimeOffset.FromUnixTimeSeconds(timestamp.GetValue<long>());
        }
        return new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
    }

    public override string ToString() => $"{System}: {Name}";

    public static IEnumerable<SignatureVector> All()
    {
        foreach (var file in Directory.EnumerateFiles(Root, "signature-vectors.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var system = Path.GetFileName(Path.GetDirectoryName(file))!;
            foreach (var vector in JsonNode.Parse(File.ReadAllText(file))!["vectors"]!.AsArray())
            {
                yield return new SignatureVector(system, vector!["name"]!.GetValue<string>(), vector.AsObject());
            }
        }
    }

    public static SignatureVector Find(string system, string name) =>
        All().Single(v => v.System == system && v.Name == name);
}
