using System.Text.Json.Nodes;
using Hub.Connectors;
using Hub.Storage.Entities;

namespace Hub.Pipeline.Ingest;

/// <summary>A connector instance with its spec and decrypted secrets, as needed to accept one webhook.</summary>
public sealed record ResolvedConnector(ConnectorInstance Instance, ConnectorDefinition Definition, IReadOnlyList<string> Secrets, long MaxBodyBytes)
{
    public JsonObject Settings => Instance.ReadSettings();
}
