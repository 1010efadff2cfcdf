using System.Net;

namespace Hub.Core.Outbound;

/// <summary>A network outbound calls may not reach unless allow-listed, and the word that explains why.</summary>
internal sealed record RefusedRange(IPNetwork Network, string Reason)
{
    /// <summary>
    /// Most specific first: the metadata addresses sit inside link-local and unique-local networks, and the message
    /// should say "metadata". The IPv6 forms that embed an IPv4 address are handled by <see cref="EmbeddedIPv4"/>.
    /// </summary>
    public static IReadOnlyList<RefusedRange> All { get; } =
    [
        new(IPNetwork.Parse("169.254.169.254/32"), "cloud metadata"),
        new(IPNetwork.Parse("fd00:ec2::254/128"), "cloud metadata"),
        new(IPNetwork.Parse("0.0.0.0/32"), "unspecified"),
        new(IPNetwork.Parse("::/128"), "unspecified"),
        new(IPNetwork.Parse("0.0.0.0/8"), "\"this network\""),
        new(IPNetwork.Parse("127.0.0.0/8"), "loopback"),
        new(IPNetwork.Parse("::1/128"), "loopback"),
        new(IPNetwork.Parse("10.0.0.0/8"), "private"),
        new(IPNetwork.Parse("172.16.0.0/12"), "private"),
        new(IPNetwork.Parse("192.168.0.0/16"), "private"),
        new(IPNetwork.Parse("fc00::/7"), "private (unique local)"),
        new(IPNetwork.Parse("fec0::/10"), "private (site local)"),
        new(IPNetwork.Parse("100.64.0.0/10"), "carrier-grade NAT"),
        new(IPNetwork.Parse("169.254.0.0/16"), "link-local"),
        new(IPNetwork.Parse("fe80::/10"), "link-local"),
        new(IPNetwork.Parse("224.0.0.0/4"), "multicast"),
        new(IPNetwork.Parse("ff00::/8"), "multicast"),
        new(IPNetwork.Parse("255.255.255.255/32"), "broadcast"),
        new(IPNetwork.Parse("240.0.0.0/4"), "reserved"),
        new(IPNetwork.Parse("192.0.0.0/24"), "reserved (IETF protocol assignments)"),
        new(IPNetwork.Parse("198.18.0.0/15"), "reserved (benchmarking)"),
        new(IPNetwork.Parse("64:ff9b:1::/48"), "private (local-use NAT64)"),
        new(IPNetwork.Parse("100::/64"), "reserved (discard)"),
    ];
}
