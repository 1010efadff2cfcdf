namespace Hub.Channels;

/// <summary>
/// One setting or credential a provider type declares: its JSON kind, whether it is required, and an optional check of
/// its value's format (returning the problem, or null when the value is fine) for rules the kind cannot say.
/// </summary>
public sealed record ProviderField(string Name, ProviderFieldKind Kind, bool Required, string Help)
{
    public long? Minimum { get; init; }

    public long? Maximum { get; init; }

    /// <summary>Checks a text or URL value after its kind was checked; returns the problem or null.</summary>
    public Func<string, string?>? Check { get; init; }
}
