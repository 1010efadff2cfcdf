using System.Text;
using Hub.Connectors;

namespace Hub.Tests.Connectors.Engine;

/// <summary>Requests and connector definitions for engine tests.</summary>
internal static class TestRequests
{
    public static readonly DateTimeOffset ReceivedAt = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);

    public static WebhookRequest Of(string body, params (string Name, string Value)[] headers) =>
        Of(Encoding.UTF8.GetBytes(body), headers);

    public static WebhookRequest Of(byte[] body, params (string Name, string Value)[] headers) =>
        new("POST", "/webhooks/test-1", headers.ToDictionary(h => h.Name, h => h.Value, StringComparer.OrdinalIgnoreCase), body, ReceivedAt);

    /// <summary>Writes <c>{type}.yaml</c> and loads it; a spec error fails the test with every error listed.</summary>
    public static ConnectorDefinition Load(this TempSpecDirectory specs, string type, string yaml)
    {
        specs.Write($"{type}.yaml", yaml);
        return ConnectorCatalog.LoadDirectory(specs.Path).Find(type)!;
    }

    public static byte[] Fixture(string system, string file) => File.ReadAllBytes(RepoPaths.Fixture(system, file));
}
