using System.Text;

namespace Hub.Scripting;

/// <summary>
/// Values that arrive in webhooks are text, never control: a NUL can truncate a message at a provider, and a
/// bidirectional override (U+202E) makes the rest of a value read backwards on the handset, which is how links and order numbers
/// are spoofed. Line feeds and tabs are text layout and stay; carriage returns go, so that no value can start a header.
/// </summary>
public static class UntrustedText
{
    public static string Clean(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var first = IndexOfRemoved(text);
        if (first < 0)
        {
            return text; // the usual case: nothing allocated
        }
        var clean = new StringBuilder(text.Length);
        clean.Append(text, 0, first);
        for (var i = first; i < text.Length; i++)
        {
            if (!IsRemoved(text[i]))
            {
                clean.Append(text[i]);
            }
        }
        return clean.ToString();
    }

    public static bool IsRemoved(char c) =>
        (char.IsControl(c) && c != '\n' && c != '\t')
        || c is >= '\u202A' and <= '\u202E'
        || c is >= '\u2066' and <= '\u2069';

    private static int IndexOfRemoved(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (IsRemoved(text[i]))
            {
                return i;
            }
        }
        return -1;
    }
}
