namespace Hub.Events.Internals;

/// <summary>Splits JSON Pointers (RFC 6901) as the validator prints them; parsing the text keeps us off its pointer API.</summary>
internal static class JsonPointerText
{
    public static IEnumerable<string> Segments(string pointer)
    {
        if (string.IsNullOrEmpty(pointer) || pointer == "#")
        {
            yield break;
        }
        foreach (var segment in pointer.TrimStart('#')[1..].Split('/'))
        {
            // ~1 before ~0, so that "~01" reads as "~1" (RFC 6901, section 4).
            yield return segment.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
        }
    }

    /// <summary>The pointer in a schema location's fragment (<c>urn:...#/$defs/order</c>), URI escapes undone.</summary>
    public static IEnumerable<string> FragmentSegments(Uri location)
    {
        var text = location.OriginalString;
        var hash = text.IndexOf('#', StringComparison.Ordinal);
        return hash < 0 ? [] : Segments(text[(hash + 1)..]).Select(Uri.UnescapeDataString);
    }
}
