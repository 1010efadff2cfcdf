using System.Buffers;

namespace Hub.Host.Infrastructure;

/// <summary>Reads request bodies with a size limit that holds whatever the client claims.</summary>
internal static class RequestBodies
{
    /// <summary>Reads at most <paramref name="limit"/> bytes; null when the body is larger (whatever Content-Length claims).</summary>
    public static async Task<byte[]?> ReadAsync(HttpRequest request, long limit, CancellationToken ct)
    {
        if (request.ContentLength > limit)
        {
            return null;
        }
        int read;
        if (request.ContentLength is { } length)
        {
            // The usual case: read straight into the one array that is verified, parsed and stored. Kestrel ends the
            // stream at Content-Length, so nothing more can follow.
            var body = new byte[length];
            var filled = 0;
            while (filled < body.Length && (read = await request.Body.ReadAsync(body.AsMemory(filled), ct)) > 0)
            {
                filled += read;
            }
            return filled == body.Length ? body : body[..filled];
        }
        using var buffer = new MemoryStream(4096);
        var chunk = ArrayPool<byte>.Shared.Rent(16 * 1024);
        try
        {
            while ((read = await request.Body.ReadAsync(chunk, ct)) > 0)
            {
                if (buffer.Length + read > limit)
                {
                    return null;
                }
                buffer.Write(chunk, 0, read);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }
        return buffer.ToArray();
    }
}
