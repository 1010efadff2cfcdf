using System.Globalization;
using System.Net.Sockets;
using System.Text;

namespace Hub.IntegrationTests.BadInput;

/// <summary>
/// HTTP/1.1 over a bare socket, for what HttpClient will not send: a body slower or shorter than its Content-Length,
/// a connection dropped mid-body. Reads the answer until Hub closes the connection (every request says Connection: close).
/// </summary>
public static class RawHttp
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    /// <summary>Sends <paramref name="head"/>, then <paramref name="body"/> in pieces of <paramref name="pieceSize"/> bytes every <paramref name="pause"/>.</summary>
    public static async Task<BadInputAnswer> SendAsync(Uri baseAddress, string head, byte[] body, int pieceSize, TimeSpan pause, bool closeAfterBody = false)
    {
        ArgumentNullException.ThrowIfNull(baseAddress);
        ArgumentNullException.ThrowIfNull(body);
        using var client = new TcpClient();
        await client.ConnectAsync(baseAddress.Host, baseAddress.Port);
        using var timeout = new CancellationTokenSource(Patience);
        var stream = client.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head), timeout.Token);
        try
        {
            for (var offset = 0; offset < body.Length; offset += pieceSize)
            {
                await stream.WriteAsync(body.AsMemory(offset, Math.Min(pieceSize, body.Length - offset)), timeout.Token);
                if (pause > TimeSpan.Zero && offset + pieceSize < body.Length)
                {
                    await Task.Delay(pause, timeout.Token); // the pace of a slow sender, not a wait for Hub
                }
            }
        }
        catch (IOException)
        {
            // Hub gave up on the body and closed the connection; its answer may already be in the receive buffer.
        }
        if (closeAfterBody)
        {
            client.Client.Shutdown(SocketShutdown.Both);
            return new BadInputAnswer(0, null, "", null);
        }
        return Parse(await ReadToEndAsync(stream, timeout.Token));
    }

    private static async Task<string> ReadToEndAsync(NetworkStream stream, CancellationToken ct)
    {
        var received = new MemoryStream();
        var buffer = new byte[8192];
        try
        {
            int read;
            while ((read = await stream.ReadAsync(buffer, ct)) > 0)
            {
                received.Write(buffer, 0, read);
            }
        }
        catch (IOException)
        {
            // Reset after the answer: what arrived is kept.
        }
        return Encoding.UTF8.GetString(received.ToArray());
    }

    private static BadInputAnswer Parse(string response)
    {
        if (!response.StartsWith("HTTP/1.1 ", StringComparison.Ordinal))
        {
            return new BadInputAnswer(0, null, response, null);
        }
        var headerEnd = response.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        var headers = (headerEnd < 0 ? response : response[..headerEnd]).Split("\r\n");
        string? Header(string name) => headers.Skip(1)
            .Where(h => h.StartsWith(name + ":", StringComparison.OrdinalIgnoreCase))
            .Select(h => h[(name.Length + 1)..].Trim()).FirstOrDefault();
        var status = int.Parse(headers[0].AsSpan(9, 3), CultureInfo.InvariantCulture);
        var mediaType = Header("Content-Type")?.Split(';')[0].Trim();
        return new BadInputAnswer(status, mediaType, headerEnd < 0 ? "" : response[(headerEnd + 4)..], Header("WWW-Authenticate"));
    }
}
