namespace Hub.Connectors.Internals.Expressions;

/// <summary>The names under which a request and its connector instance are visible to spec expressions.</summary>
internal static class Globals
{
    public const string Body = "body";
    public const string Header = "header";
    public const string Settings = "settings";
    public const string Connector = "connector";

    /// <summary>The members of <c>connector</c>.</summary>
    public static readonly string[] ConnectorMembers = ["id", "type"];

    /// <summary>The element variable of <c>each</c> when the spec names none with <c>as</c>.</summary>
    public const string DefaultItem = "item";
}
