namespace Hub.Connectors.Internals.Verification;

/// <summary>The request URI as HubSpot's v3 signature covers it.</summary>
internal static class HubSpotUri
{
    // HubSpot's request-validation docs list exactly these escapes as decoded before signing (v3 only); any other
    // escape, %20 included, stays as it is.
    private static readonly (string Escape, string Character)[] Decoded =
    [
        ("%3A", ":"), ("%2F", "/"), ("%3F", "?"), ("%40", "@"), ("%21", "!"), ("%24", "$"),
        ("%27", "'"), ("%28", "("), ("%29", ")"), ("%2A", "*"), ("%2C", ","), ("%3B", ";"),
    ];

    public static string ForV3(string uri)
    {
        var result = uri;
        foreach (var (escape, character) in Decoded)
        {
            result = result.Replace(escape, character, StringComparison.OrdinalIgnoreCase);
        }
        return result;
    }
}
