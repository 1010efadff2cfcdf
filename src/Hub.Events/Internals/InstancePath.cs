using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Hub.Events.Internals;

/// <summary>Finds a value in the event data by JSON Pointer and names it as a workflow would: <c>data.order.items[0].price</c>.</summary>
internal static class InstancePath
{
    public const string Root = "data";

    /// <summary>The dotted path and the value there (null when the pointer leads nowhere).</summary>
    public static (string Path, JsonElement? Value) Locate(JsonElement root, string pointer)
    {
        var path = new StringBuilder(Root);
        JsonElement? current = root;
        foreach (var segment in JsonPointerText.Segments(pointer))
        {
            // Whether a segment is an index depends on the instance, not on the text: {"0": ...} is an object.
            if (current is { ValueKind: JsonValueKind.Array } array
                && int.TryParse(segment, NumberStyles.None, CultureInfo.InvariantCulture, out var index)
                && index < array.GetArrayLength())
            {
                path.Append('[').Append(segment).Append(']');
                current = array[index];
            }
            else
            {
                path.Append(Member(segment));
                current = current is { ValueKind: JsonValueKind.Object } obj && obj.TryGetProperty(segment, out var child) ? child : null;
            }
        }
        return (path.ToString(), current);
    }

    public static string Child(string path, string property) => path + Member(property);

    // Names that a template could not write after a dot are quoted, as in data.contact.consent["opt-in"].
    private static string Member(string name) =>
        name.Length > 0 && (char.IsAsciiLetter(name[0]) || name[0] == '_') && name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_')
            ? "." + name
            : "[" + JsonDescribe.Quote(name) + "]";
}
