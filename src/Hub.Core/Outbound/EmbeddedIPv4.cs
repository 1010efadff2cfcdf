using System.Net;

namespace Hub.Core.Outbound;

/// <summary>
/// The IPv4 address inside an IPv6 one that reaches it: <c>::ffff:127.0.0.1</c> (IPv4-mapped), <c>::127.0.0.1</c>
/// (IPv4-compatible, deprecated but still routed by some stacks), <c>64:ff9b::7f00:1</c> (NAT64) and
/// <c>2002:7f00:1::</c> (6to4). Without this, every refused IPv4 range would have an open IPv6 side door.
/// </summary>
internal static class EmbeddedIPv4
{
    private static readonly IPNetwork Compatible = IPNetwork.Parse("::/96");
    private static readonly IPNetwork Nat64 = IPNetwork.Parse("64:ff9b::/96");
    private static readonly IPNetwork SixToFour = IPNetwork.Parse("2002::/16");

    /// <summary>The embedded address and how it is embedded; null for a plain IPv6 (or an IPv4) address.</summary>
    public static (IPAddress Address, string Form)? Find(IPAddress address)
    {
        if (address.AddressFamily != System.Net.Sockets.AddressFamily.InterNetworkV6)
        {
            return null;
        }
        if (address.IsIPv4MappedToIPv6)
        {
            return (address.MapToIPv4(), "IPv4-mapped");
        }
        var bytes = address.GetAddressBytes();
        if (Nat64.Contains(address))
        {
            return (new IPAddress(bytes.AsSpan(12, 4)), "NAT64");
        }
        if (SixToFour.Contains(address))
        {
            return (new IPAddress(bytes.AsSpan(2, 4)), "6to4");
        }
        // :: and ::1 are themselves (unspecified, loopback), not IPv4-compatible forms of 0.0.0.0 and 0.0.0.1.
        if (Compatible.Contains(address) && !address.Equals(IPAddress.IPv6Any) && !address.Equals(IPAddress.IPv6Loopback))
        {
            return (new IPAddress(bytes.AsSpan(12, 4)), "IPv4-compatible");
        }
        return null;
    }
}
