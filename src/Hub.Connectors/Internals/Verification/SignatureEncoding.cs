namespace Hub.Connectors.Internals.Verification;

/// <summary>How a signature header spells the MAC bytes.</summary>
internal static class SignatureEncoding
{
    public const string Base64 = "base64";
    public const string Hex = "hex";

    public static readonly string[] Names = [Base64, Hex];

    public static string Encode(string encoding, ReadOnlySpan<byte> mac) =>
        encoding == Hex ? Convert.ToHexStringLower(mac) : Convert.ToBase64String(mac);

    /// <summary>The MAC of <paramref name="size"/> bytes that <paramref name="text"/> spells, or null when it spells anything else.</summary>
    public static byte[]? Decode(string encoding, ReadOnlySpan<char> text, int size)
    {
        var bytes = new byte[size];
        return TryDecode(encoding, text, bytes) ? bytes : null;
    }

    /// <summary>Decodes exactly <paramref name="destination"/>.Length bytes; false for anything else.</summary>
    public static bool TryDecode(string encoding, ReadOnlySpan<char> text, Span<byte> destination)
    {
        if (encoding == Hex)
        {
            return text.Length == destination.Length * 2
                && Convert.FromHexString(text, destination, out _, out var written) == System.Buffers.OperationStatus.Done
                && written == destination.Length;
        }
        // Room for one byte more than expected, so that an over-long value fails rather than being truncated.
        Span<byte> buffer = stackalloc byte[destination.Length + 3];
        if (!Convert.TryFromBase64Chars(text, buffer, out var length) || length != destination.Length)
        {
            return false;
        }
        buffer[..length].CopyTo(destination);
        return true;
    }
}
