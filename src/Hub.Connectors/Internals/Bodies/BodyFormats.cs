namespace Hub.Connectors.Internals.Bodies;

/// <summary>The body formats a spec may name in <c>format</c>.</summary>
internal static class BodyFormats
{
    public const string Default = "json";

    private static readonly Dictionary<string, IBodyFormat> ByName = new(StringComparer.Ordinal)
    {
        ["json"] = new JsonBodyFormat(),
        ["xml"] = new XmlBodyFormat(),
        ["form"] = new FormBodyFormat(),
    };

    public static IReadOnlyCollection<string> Names => ByName.Keys;

    public static IBodyFormat Named(string name) => ByName[name];
}
