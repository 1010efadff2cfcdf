using System.Net;
using System.Net.Sockets;

namespace Hub.Access.Internals;

internal static class SourceAddress
{
    /// <summary>
    /// The address failures are counted for: an IPv4 address as it is (also when it arrives IPv4-mapped on a
    /// dual-stack socket), an IPv6 address by its /64, the block a single host or customer line is given, so that
    /// stepping through one's own /64 does not reset the count.
    /// </summary>
    public static IPAddress Key(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
        {
            return address.MapToIPv4();
        }
        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return address;
        }
        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new IPAddress(bytes);
    }
}
