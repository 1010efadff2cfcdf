using System.Text.RegularExpressions;
using Hub.Specs;

namespace Hub.Workflows.Internals;

/// <summary>Shapes of the names a workflow file uses.</summary>
internal static partial class SpecNames
{
    /// <summary>Ids appear in URLs, logs and (for steps) in <c>steps.&lt;id&gt;</c>, so they stay plain.</summary>
    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9_-]{0,99}$", RegexOptions.CultureInvariant)]
    public static partial Regex Id();

    /// <summary>Event types are dotted words such as <c>order.created</c>.</summary>
    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9_.\-]{0,199}$", RegexOptions.CultureInvariant)]
    public static partial Regex EventType();

    public static bool CheckId(YamlMap map, string key, string? value)
    {
        if (value is null || Id().IsMatch(value))
        {
            return value is not null;
        }
        map.Spec.Error(map.Node(key)!, map.FieldOf(key),
            $"'{value}' is not a valid id: use letters, digits, '-' and '_', starting with a letter or digit.");
        return false;
    }

    /// <summary>A name made fit for a step id (a switch case such as <c>"shipped"</c> or <c>"ready to ship"</c>).</summary>
    public static string Slug(string name)
    {
        var chars = name.Select(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-' ? c : '-').ToArray();
        var slug = new string(chars).Trim('-');
        return slug.Length == 0 ? "case" : slug[..Math.Min(slug.Length, 40)];
    }
}
