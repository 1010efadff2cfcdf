using Hub.Specs;

namespace Hub.Connectors;

/// <summary>Connector specs that failed to load; <see cref="Errors"/> lists every problem found, not just the first.</summary>
public sealed class ConnectorSpecException : Exception
{
    public ConnectorSpecException(IReadOnlyList<SpecError> errors)
        : base(Describe(errors))
    {
        Errors = errors;
    }

    public ConnectorSpecException() : this([]) { }

    public ConnectorSpecException(string message) : base(message)
    {
        Errors = [];
    }

    public ConnectorSpecException(string message, Exception innerException) : base(message, innerException)
    {
        Errors = [];
    }

    public IReadOnlyList<SpecError> Errors { get; }

    private static string Describe(IReadOnlyList<SpecError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        return errors.Count switch
        {
            0 => "The connector specs are invalid.",
            1 => $"The connector specs have an error:{Environment.NewLine}{errors[0]}",
            _ => $"The connector specs have {errors.Count} errors:{Environment.NewLine}{string.Join(Environment.NewLine, errors)}",
        };
    }
}
