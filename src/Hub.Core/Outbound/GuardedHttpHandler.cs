using System.Net;
using System.Net.Sockets;

namespace Hub.Core.Outbound;

/// <summary>
/// The primary handler for every outbound HTTP client: it checks each address it actually connects to against an
/// <see cref="OutboundPolicy"/>. Checking at connect time, not on the URL, is what stops a name that resolves to
/// 127.0.0.1 and DNS rebinding (a name that resolves to a public address when checked and a private one when used).
/// </summary>
public static class GuardedHttpHandler
{
    public static SocketsHttpHandler Create(OutboundPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        return new SocketsHttpHandler
        {
            // A redirect would be a request to wherever the answer points, with none of the caller's checks.
            AllowAutoRedirect = false,
            // Through a proxy the only address connected to is the proxy's, so the destination would go unchecked.
            UseProxy = false,
            ConnectTimeout = policy.ConnectTimeout,
            // Pooled connections are reused without a new check; recycling them bounds how long a resolved address lives.
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            ConnectCallback = (context, ct) => ConnectAsync(policy, context.DnsEndPoint, ct),
        };
    }

    private static async ValueTask<Stream> ConnectAsync(OutboundPolicy policy, DnsEndPoint endpoint, CancellationToken ct)
    {
        var host = endpoint.Host.TrimStart('[').TrimEnd(']');
        var addresses = IPAddress.TryParse(host, out var literal) ? [literal] : await Dns.GetHostAddressesAsync(host, ct);
        OutboundRefusedException? refused = null;
        SocketException? failed = null;
        foreach (var address in addresses)
        {
            if (policy.RefusalReason(address, host) is { } reason)
            {
                refused ??= new OutboundRefusedException(address, host, reason);
                continue;
            }
            var socket = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                await socket.ConnectAsync(new IPEndPoint(address, endpoint.Port), ct);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch (SocketException ex)
            {
                socket.Dispose();
                failed = ex; // try the name's next address, as the default handler does
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        }
        // An allowed address that did not answer is the more useful report: the refused ones were never tried.
        throw failed ?? refused ?? (Exception)new SocketException((int)SocketError.HostNotFound);
    }
}
