namespace Hub.Connectors;

/// <summary>
/// A payload the connector's mapping could not turn into a canonical event. The message names the route and the
/// field (<c>route orders/create, field data.order.total: ...</c>) so that an integrator can find the spec line.
/// </summary>
public sealed class MappingException : Exception
{
    public MappingException(string route, string field, string message, Exception? innerException = null)
        : base($"route {route}, field {field}: {message}", innerException)
    {
        Route = route;
        Field = field;
    }

    public MappingException() { }

    public MappingException(string message) : base(message) { }

    public MappingException(string message, Exception innerException) : base(message, innerException) { }

    public string? Route { get; }

    public string? Field { get; }
}
