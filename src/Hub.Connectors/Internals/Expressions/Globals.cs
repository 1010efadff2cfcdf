namespace Hub.Connectors.Internals.Expressions;

/// <summary>The names under which a request and its connector instance are visible to spec expressions.</summary>
internal static class Globals
{
    public const string Body = "body";
    public const string Header = "header";
    public const string Settings = "settings";
    public const string Connector = "connector";

    /// <summary>One element of a <c>batch</c>; also the element variable of <c>each</c> when the spec names none with <c>as</c>.</summary>
    public const string Item = "item";

    /// <summary>The results of the <c>enrich:</c> lookups, by lookup name.</summary>
    public const string Enriched = "enriched";

    /// <summary>The instance's secret credentials; in scope only for <c>enrich.*.auth</c>.</summary>
    public const string Credentials = "credentials";

    /// <summary>For <c>ping.when</c>: the body read as form fields, and as text.</summary>
    public const string Form = "form";

    public const string Raw = "raw";

    /// <summary>The members of <c>connector</c>.</summary>
    public static readonly string[] ConnectorMembers = ["id", "type"];

    /// <summary>The element variable of <c>each</c> when the spec names none with <c>as</c>.</summary>
    public const string DefaultItem = Item;
}
