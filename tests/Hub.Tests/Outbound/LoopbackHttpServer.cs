using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Hub.Tests.Outbound;

/// <summary>
/// A real TCP listener on 127.0.0.1 answering every request with one fixed HTTP/1.1 response, counting the
/// connections it accepted. <see cref="HasWaitingConnection"/> tells, without waiting, whether anyone connected.
/// </summary>
internal sealed class LoopbackHttpServer : IDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);

    public LoopbackHttpServer() => _listener.Start();

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    /// <summary>True when a client has connected and not yet been served: the kernel queues it as soon as it connects.</summary>
    public bool HasWaitingConnection => _listener.Pending();

    /// <summary>Accepts one connection, reads its request head and answers <paramref name="response"/> (head and body).</summary>
    public async Task ServeOneAsync(string response)
    {
        using var client = await _listener.AcceptTcpClientAsync();
        var stream = client.GetStream();
        var head = new StringBuilder();
        var buffer = new byte[1024];
        while (!head.ToString().Contains("\r\n\r\n", StringComparison.Ordinal))
        {
            var read = await stream.ReadAsync(buffer);
            if (read == 0)
            {
                return;
            }
            head.Append(Encoding.ASCII.GetString(buffer, 0, read));
        }
        await stream.WriteAsync(Encoding.ASCII.GetBytes(response));
    }

    public void Dispose() => _listener.Stop();
}
