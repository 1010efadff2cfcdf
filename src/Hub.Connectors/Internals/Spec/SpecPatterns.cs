using System.Text.RegularExpressions;

namespace Hub.Connectors.Internals.Spec;

/// <summary>The shapes of names in a spec.</summary>
internal static partial class SpecPatterns
{
    /// <summary>A connector type: <c>shopify</c>, <c>cal-com</c>.</summary>
    [GeneratedRegex("^[a-z][a-z0-9]*(-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    public static partial Regex ConnectorType();

    /// <summary>A canonical event type: <c>order.created</c>, <c>message.received</c>.</summary>
    [GeneratedRegex("^[a-z][a-zA-Z0-9_]*(\\.[a-z][a-zA-Z0-9_]*)+$", RegexOptions.CultureInvariant)]
    public static partial Regex CanonicalType();

    /// <summary>A name an expression can use as a plain member: settings, <c>as</c> variables.</summary>
    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]*$", RegexOptions.CultureInvariant)]
    public static partial Regex Identifier();

    [GeneratedRegex("^[a-z0-9][a-z0-9!#$&^_.+-]*/[a-z0-9][a-z0-9!#$&^_.+-]*$", RegexOptions.CultureInvariant)]
    public static partial Regex MediaType();

    /// <summary>An HTTP header name (an RFC 9110 token).</summary>
    [GeneratedRegex("^[!#$%&'*+.^_`|~0-9A-Za-z-]+$", RegexOptions.CultureInvariant)]
    public static partial Regex HeaderName();

    /// <summary>An ISO 3166-1 alpha-2 region, as libphonenumber takes it.</summary>
    [GeneratedRegex("^[A-Z]{2}$", RegexOptions.CultureInvariant)]
    public static partial Regex Region();
}
