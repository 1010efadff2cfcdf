namespace Hub.Connectors.Internals.Verification;

/// <summary>
/// Reads a signature header of the form <c>t=1533204620,v1=5257a8...,v1=...,v0=...</c> (Stripe, Calendly): one
/// timestamp and any number of signatures, of which those under other keys (Stripe's legacy <c>v0</c>) are ignored.
/// </summary>
internal static class SignatureHeaderList
{
    public static bool TryParse(string header, string timestampKey, string signatureKey, out string timestamp, out List<string> signatures)
    {
        string? found = null;
        signatures = [];
        foreach (var item in header.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var separator = item.IndexOf('=', StringComparison.Ordinal);
            if (separator <= 0)
            {
                continue;
            }
            var key = item[..separator].Trim();
            var value = item[(separator + 1)..].Trim();
            if (key == timestampKey)
            {
                // Two timestamps make it ambiguous which one was signed.
                if (found is not null)
                {
                    timestamp = string.Empty;
                    return false;
                }
                found = value;
            }
            else if (key == signatureKey && value.Length > 0)
            {
                signatures.Add(value);
            }
        }
        timestamp = found ?? string.Empty;
        return found is { Length: > 0 } && signatures.Count > 0;
    }
}
