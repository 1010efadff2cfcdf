using System.Net;
using System.Text.RegularExpressions;

namespace Hub.Core.Outbound;

/// <summary>
/// Decides which IP addresses Hub's outbound HTTP calls may connect to. Everything public is allowed; loopback,
/// private, link-local, carrier-grade NAT, cloud metadata, unspecified, multicast, broadcast and reserved addresses
/// (and their IPv6 forms that embed such an IPv4 address) are refused unless allow-listed. The check is on the
/// address, not the URL, because a name can resolve anywhere: see <see cref="GuardedHttpHandler"/>.
/// </summary>
public sealed partial class OutboundPolicy
{
    public OutboundPolicy(IEnumerable<string>? allowedNetworks = null, IEnumerable<string>? allowedHosts = null, TimeSpan? connectTimeout = null)
    {
        AllowedNetworks = [.. (allowedNetworks ?? []).Select(ParseNetwork)];
        AllowedHosts = [.. (allowedHosts ?? []).Select(NormalizeHost)];
        ConnectTimeout = connectTimeout ?? TimeSpan.FromSeconds(10);
    }

    /// <summary>Nothing allow-listed: public addresses only.</summary>
    public static OutboundPolicy PublicOnly { get; } = new();

    public IReadOnlyList<IPNetwork> AllowedNetworks { get; }

    /// <summary>Lower case, without a trailing dot; <c>*.example.com</c> stands for every subdomain.</summary>
    public IReadOnlyList<string> AllowedHosts { get; }

    public TimeSpan ConnectTimeout { get; }

    public static OutboundPolicy From(OutboundOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new OutboundPolicy(options.AllowedNetworks, options.AllowedHosts, options.ConnectTimeout);
    }

    /// <summary>True when <paramref name="address"/> may be connected to for a request to <paramref name="host"/>.</summary>
    public bool Allows(IPAddress address, string? host = null) => RefusalReason(address, host) is null;

    /// <summary>Null when the connection is allowed; otherwise why not, in a few words ("loopback", "cloud metadata").</summary>
    public string? RefusalReason(IPAddress address, string? host = null)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (host is not null && IsAllowedHost(host))
        {
            return null;
        }
        var embedded = EmbeddedIPv4.Find(address);
        if (IsAllowListed(address) || (embedded is { } inner && IsAllowListed(inner.Address)))
        {
            return null;
        }
        // The embedded address first: the message should say which IPv4 address the IPv6 form reaches.
        if (embedded is var (v4, form) && Classify(v4) is { } embeddedReason)
        {
            return $"{embeddedReason}, as the {form} form of {v4}";
        }
        return Classify(address);
    }

    /// <summary>An address (<c>127.0.0.1</c>, a network of one) or a network in CIDR notation (<c>10.0.0.0/8</c>).</summary>
    public static bool TryParseNetwork(string? text, out IPNetwork network)
    {
        network = default;
        var trimmed = text?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            return false;
        }
        if (trimmed.Contains('/', StringComparison.Ordinal))
        {
            return IPNetwork.TryParse(trimmed, out network);
        }
        if (!IPAddress.TryParse(trimmed, out var address))
        {
            return false;
        }
        network = new IPNetwork(address, address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork ? 32 : 128);
        return true;
    }

    /// <summary>A DNS name, optionally with a leading <c>*.</c> for every subdomain.</summary>
    public static bool IsHostPattern(string? text) => text is not null && HostPattern().IsMatch(text.Trim());

    private static IPNetwork ParseNetwork(string text) => TryParseNetwork(text, out var network)
        ? network
        : throw new FormatException($"'{text}' is neither an IP address nor a network in CIDR notation (10.0.0.0/8, fd00::/8).");

    private static string NormalizeHost(string text) => IsHostPattern(text)
        ? text.Trim().TrimEnd('.').ToLowerInvariant()
        : throw new FormatException($"'{text}' is not a host name (api.example.com, or *.example.com).");

    private bool IsAllowListed(IPAddress address) => AllowedNetworks.Any(n => n.Contains(address));

    private bool IsAllowedHost(string host)
    {
        var name = host.Trim().TrimEnd('.').ToLowerInvariant();
        return AllowedHosts.Any(pattern => pattern.StartsWith("*.", StringComparison.Ordinal)
            ? name.EndsWith(pattern[1..], StringComparison.Ordinal)
            : name == pattern);
    }

    private static string? Classify(IPAddress address) =>
        RefusedRange.All.FirstOrDefault(r => r.Network.Contains(address))?.Reason;

    [GeneratedRegex(@"^(\*\.)?([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)*[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.?$", RegexOptions.CultureInvariant)]
    private static partial Regex HostPattern();
}
