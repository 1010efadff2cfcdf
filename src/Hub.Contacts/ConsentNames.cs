namespace Hub.Contacts;

/// <summary>Consent states and sources as the API and the documentation write them: snake case.</summary>
public static class ConsentNames
{
    public const string OptedIn = "opted_in";
    public const string OptedOut = "opted_out";
    public const string Unknown = "unknown";

    public static IReadOnlyList<string> States { get; } = [OptedIn, OptedOut, Unknown];

    public static string Of(ConsentState state) => state switch
    {
        ConsentState.OptedIn => OptedIn,
        ConsentState.OptedOut => OptedOut,
        _ => Unknown,
    };

    public static string Of(ConsentSource source) => source.ToString().ToLowerInvariant();

    public static bool TryParse(string? name, out ConsentState state)
    {
        (var known, state) = name switch
        {
            OptedIn => (true, ConsentState.OptedIn),
            OptedOut => (true, ConsentState.OptedOut),
            Unknown => (true, ConsentState.Unknown),
            _ => (false, ConsentState.Unknown),
        };
        return known;
    }
}
