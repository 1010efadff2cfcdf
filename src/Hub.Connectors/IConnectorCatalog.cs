namespace Hub.Connectors;

/// <summary>The connector types Hub knows, by their spec <c>type</c>.</summary>
public interface IConnectorCatalog
{
    ConnectorDefinition? Find(string type);

    IReadOnlyCollection<ConnectorDefinition> All { get; }
}
