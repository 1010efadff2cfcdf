using System.Text;
using System.Text.Json.Nodes;

namespace Hub.Connectors.Internals.Bodies;

/// <summary>
/// Decodes <c>name=value&amp;...</c> strictly: a bad percent escape or invalid UTF-8 fails rather than being passed
/// through, so that a mapping never sees half-decoded text.
/// </summary>
internal static class FormFields
{
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The fields, or null when a field cannot be decoded (<see cref="Describe"/> says which).</summary>
    public static JsonObject? Parse(ReadOnlySpan<byte> body)
    {
        var result = new JsonObject();
        foreach (var range in body.Split((byte)'&'))
        {
            var pair = body[range];
            if (pair.IsEmpty)
            {
                continue;
            }
            var equals = pair.IndexOf((byte)'=');
            var name = Decode(equals < 0 ? pair : pair[..equals]);
            var value = equals < 0 ? string.Empty : Decode(pair[(equals + 1)..]);
            if (name is null || value is null)
            {
                return null;
            }
            Add(result, name, value);
        }
        return result;
    }

    /// <summary>Why <see cref="Parse"/> failed, naming the first field it could not decode.</summary>
    public static string Describe(ReadOnlySpan<byte> body)
    {
        var index = 0;
        foreach (var range in body.Split((byte)'&'))
        {
            index++;
            var pair = body[range];
            var equals = pair.IndexOf((byte)'=');
            if (Decode(equals < 0 ? pair : pair[..equals]) is null || (equals >= 0 && Decode(pair[(equals + 1)..]) is null))
            {
                var shown = Encoding.ASCII.GetString(pair[..Math.Min(pair.Length, 40)]);
                return $"The body is not valid form data: field {index} ('{shown}') has a bad %-escape or is not UTF-8.";
            }
        }
        return "The body is not valid form data.";
    }

    private static void Add(JsonObject fields, string name, string value)
    {
        if (!fields.TryGetPropertyValue(name, out var existing))
        {
            fields[name] = value;
        }
        else if (existing is JsonArray values)
        {
            values.Add(value);
        }
        else
        {
            fields[name] = new JsonArray(existing!.DeepClone(), value);
        }
    }

    private static string? Decode(ReadOnlySpan<byte> encoded)
    {
        var bytes = new byte[encoded.Length];
        var length = 0;
        for (var i = 0; i < encoded.Length; i++)
        {
            var b = encoded[i];
            if (b == (byte)'+')
            {
                bytes[length++] = (byte)' ';
            }
            else if (b != (byte)'%')
            {
                bytes[length++] = b;
            }
            else if (i + 2 < encoded.Length && IsHex(encoded[i + 1]) && IsHex(encoded[i + 2]))
            {
                bytes[length++] = (byte)((HexValue(encoded[i + 1]) << 4) | HexValue(encoded[i + 2]));
                i += 2;
            }
            else
            {
                return null;
            }
        }
        try
        {
            return Strict.GetString(bytes, 0, length);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    private static bool IsHex(byte b) => char.IsAsciiHexDigit((char)b);

    private static int HexValue(byte b) => b switch
    {
        >= (byte)'0' and <= (byte)'9' => b - '0',
        >= (byte)'a' and <= (byte)'f' => b - 'a' + 10,
        _ => b - 'A' + 10,
    };
}
