using System.Net;
using System.Net.Sockets;

namespace Hub.IntegrationTests.Infrastructure;

public static class FreePort
{
    /// <summary>
    /// Asks the OS for an unused loopback port. The port is released before returning, so another
    /// process could grab it first; that race is rare enough to accept in tests.
    /// </summary>
    public static int Get()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
