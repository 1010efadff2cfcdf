namespace Hub.Templates.Internals;

/// <summary>Characters outside the Basic Multilingual Plane (emoji) take two UTF-16 units that belong together.</summary>
internal static class SurrogatePair
{
    /// <summary>Whether a high and a low surrogate start at <paramref name="i"/>; a lone surrogate is a unit on its own.</summary>
    public static bool StartsAt(string text, int i) =>
        char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);
}
