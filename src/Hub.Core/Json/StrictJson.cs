using System.Text;
using System.Text.Json;
using System.Text.Unicode;

namespace Hub.Core.Json;

/// <summary>
/// JSON as Hub accepts it from outside (I-JSON, RFC 7493): UTF-8, no duplicate property names, no lone surrogate
/// escapes, nested at most <see cref="MaxDepth"/> deep. System.Text.Json checks the syntax when it parses but decodes
/// strings lazily, so a bad byte or a <c>"\udc00"</c> would otherwise surface as an exception wherever a string is
/// first read, long after the request was accepted.
/// </summary>
public static class StrictJson
{
    public const int MaxDepth = 64;

    /// <summary>Duplicate names are refused: two values for one key let a sender make the signed bytes say one thing and a reader see another.</summary>
    public static JsonDocumentOptions DocumentOptions { get; } = new() { AllowDuplicateProperties = false, MaxDepth = MaxDepth };

    /// <summary>Null when <paramref name="json"/> is strict JSON; else what is wrong and where, for a 400 answer.</summary>
    public static string? FindProblem(ReadOnlyMemory<byte> json)
    {
        if (json.Span.StartsWith("\uFEFF"u8))
        {
            json = json[3..];
        }
        if (json.Span.Trim(" \t\r\n"u8).IsEmpty)
        {
            return "The body is empty; expected a JSON document.";
        }
        // Text first: the parser's duplicate-name check decodes names and throws on a lone surrogate in one.
        if (FindInvalidText(json.Span) is { } problem)
        {
            return problem;
        }
        try
        {
            using var document = JsonDocument.Parse(json, DocumentOptions);
        }
        catch (JsonException ex)
        {
            return Describe(ex);
        }
        return null;
    }

    /// <summary>
    /// Null when every byte is UTF-8 and every <c>\u</c> escape of a surrogate is half of a pair; else what is wrong and
    /// at which byte. Call it before parsing (the parser throws an InvalidOperationException for a lone surrogate in a
    /// property name). Allocates nothing; skips the escape scan without a <c>\u</c>.
    /// </summary>
    public static string? FindInvalidText(ReadOnlySpan<byte> json)
    {
        if (!Utf8.IsValid(json))
        {
            return $"The body is not valid UTF-8 at byte {FirstInvalidUtf8(json) + 1}.";
        }
        // Walked from the first backslash, not the first "\u": in "\\udc00" that one is the second half of an escape.
        return json.IndexOf("\\u"u8) < 0 ? null : FindLoneSurrogate(json, json.IndexOf((byte)'\\'));
    }

    /// <summary>System.Text.Json appends zero-based "LineNumber: x | BytePositionInLine: y." to its message; say it once, one-based.</summary>
    public static string Describe(JsonException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var message = exception.Message;
        var suffix = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        if (suffix >= 0)
        {
            message = message[..suffix];
        }
        return exception.LineNumber is { } line
            ? $"The body is not valid JSON at line {line + 1}, byte {exception.BytePositionInLine + 1}: {message}"
            : $"The body is not valid JSON: {message}";
    }

    private static int FirstInvalidUtf8(ReadOnlySpan<byte> json)
    {
        var offset = 0;
        while (offset < json.Length)
        {
            if (Rune.DecodeFromUtf8(json[offset..], out _, out var consumed) != System.Buffers.OperationStatus.Done)
            {
                return offset;
            }
            offset += consumed;
        }
        return offset;
    }

    // Backslashes only occur inside strings of well-formed JSON, so walking escape by escape from the first one is
    // exact: "\\udc00" is an escaped backslash followed by text, not a surrogate. (In malformed JSON a report here
    // is as good a reason to refuse it as the parser's.)
    private static string? FindLoneSurrogate(ReadOnlySpan<byte> json, int start)
    {
        var expectLowAt = -1;
        for (var i = start; i < json.Length; i++)
        {
            if (json[i] != (byte)'\\' || i + 1 >= json.Length)
            {
                continue;
            }
            if (json[i + 1] != (byte)'u' || i + 5 >= json.Length)
            {
                if (expectLowAt >= 0)
                {
                    return LoneSurrogate(expectLowAt);
                }
                i++;
                continue;
            }
            var unit = Hex(json.Slice(i + 2, 4));
            var isHigh = unit is >= 0xD800 and <= 0xDBFF;
            var isLow = unit is >= 0xDC00 and <= 0xDFFF;
            if (expectLowAt >= 0 && (!isLow || i != expectLowAt + 6))
            {
                return LoneSurrogate(expectLowAt);
            }
            if (isLow && expectLowAt < 0)
            {
                return LoneSurrogate(i);
            }
            expectLowAt = isHigh ? i : -1;
            i += 5;
        }
        return expectLowAt >= 0 ? LoneSurrogate(expectLowAt) : null;
    }

    private static int Hex(ReadOnlySpan<byte> digits)
    {
        var value = 0;
        foreach (var digit in digits)
        {
            value = (value << 4) | digit switch
            {
                >= (byte)'0' and <= (byte)'9' => digit - '0',
                >= (byte)'a' and <= (byte)'f' => digit - 'a' + 10,
                _ => digit - 'A' + 10,
            };
        }
        return value;
    }

    private static string LoneSurrogate(int offset) =>
        $"The body has a lone UTF-16 surrogate escape at byte {offset + 1}; a \\uD800-\\uDFFF escape must be half of a pair.";
}
