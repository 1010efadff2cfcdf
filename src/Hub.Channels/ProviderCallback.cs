namespace Hub.Channels;

/// <summary>
/// One request from a provider's far side, as it arrived: <see cref="Path"/> is what follows
/// <c>/providers/{providerId}/</c> (<c>dlr</c>, <c>mo</c>, <c>status</c>, ...); <see cref="Url"/> the full URL the
/// far side called as Hub's public URL says (<c>Hub:PublicUrl</c> when set, else the request's own), which
/// signature schemes such as Twilio's sign; header names are case-insensitive.
/// </summary>
public sealed record ProviderCallback(
    string Method,
    string Path,
    Uri Url,
    IReadOnlyDictionary<string, string> Headers,
    IReadOnlyDictionary<string, string> Query,
    ReadOnlyMemory<byte> Body)
{
    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;

    public string? ContentType => Header("Content-Type");
}
