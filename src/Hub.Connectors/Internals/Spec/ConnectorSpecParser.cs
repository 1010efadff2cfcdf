using Hub.Connectors.Internals.Bodies;
using Hub.Connectors.Internals.Expressions;
using Hub.Connectors.Internals.Verification;

namespace Hub.Connectors.Internals.Spec;

/// <summary>Compiles one spec file, collecting every error rather than stopping at the first.</summary>
internal static class ConnectorSpecParser
{
    /// <summary>Bodies above this are not webhooks; a larger value in a spec is almost certainly a typo.</summary>
    private const long MaxBodyBytesLimit = 64L * 1024 * 1024;

    public static ConnectorModel? Parse(string file, string text, SpecDiagnostics diagnostics)
    {
        var root = YamlDocumentLoader.Load(text, diagnostics);
        if (root is null)
        {
            return null;
        }
        var spec = new SpecMapping(root, string.Empty, diagnostics);

        var type = ParseType(spec, file);
        var name = spec.Text("name", required: true);
        var docs = spec.Text("docs");
        var formatName = spec.Choice("format", BodyFormats.Names) ?? BodyFormats.Default;
        var format = BodyFormats.Named(formatName);
        var contentTypes = ParseContentTypes(spec) ?? format.DefaultContentTypes;
        var maxBodyBytes = ParseMaxBodyBytes(spec);
        var verifySpec = spec.Mapping("verify", required: true);
        var verification = verifySpec is null ? null : VerificationSchemes.FromSpec(verifySpec);
        var settings = SettingsParser.Parse(spec.Mapping("settings"));

        var compiler = new ExpressionCompiler(diagnostics, settings.Select(s => s.Name).ToArray());
        var deliveryId = spec.Find("delivery_id") is { } deliveryNode
            ? compiler.Compile(deliveryNode, "delivery_id", ExpressionScope.Identity)
            : null;
        var eventTypeNode = spec.Require("event_type");
        var eventType = eventTypeNode is null ? null : compiler.Compile(eventTypeNode, "event_type", ExpressionScope.Identity);
        var routesSpec = spec.Mapping("routes", required: true);
        var routes = routesSpec is null ? null : new RouteParser(diagnostics, compiler).Parse(routesSpec);
        spec.RejectUnknownKeys();

        if (diagnostics.HasErrors || type is null || name is null || verification is null || eventType is null || routes is null)
        {
            return null;
        }
        var typeLine = (int)(spec.Find("type")?.Start.Line ?? 0);
        return new ConnectorModel(file, typeLine, type, name, docs, format, contentTypes, maxBodyBytes, verification,
            deliveryId, eventType, settings, routes);
    }

    private static string? ParseType(SpecMapping spec, string file)
    {
        var type = spec.Text("type", required: true);
        if (type is null)
        {
            return null;
        }
        var stem = Path.GetFileNameWithoutExtension(file);
        if (!SpecPatterns.ConnectorType().IsMatch(type))
        {
            spec.Diagnostics.Add(spec.Find("type"), "type", $"'{type}' is not a connector type: use lower-case letters, digits and dashes");
            return null;
        }
        if (!string.Equals(type, stem, StringComparison.Ordinal))
        {
            // One file per type, named after it, so that an integrator looking for a type finds its spec.
            spec.Diagnostics.Add(spec.Find("type"), "type", $"'{type}' must match the file name ({stem})");
            return null;
        }
        return type;
    }

    private static IReadOnlyList<string>? ParseContentTypes(SpecMapping spec)
    {
        var list = spec.TextList("content_types");
        if (list is null)
        {
            return null;
        }
        var result = new List<string>();
        for (var i = 0; i < list.Count; i++)
        {
            var (value, node) = list[i];
            var mediaType = value.ToLowerInvariant();
            if (SpecPatterns.MediaType().IsMatch(mediaType))
            {
                result.Add(mediaType);
            }
            else
            {
                spec.Diagnostics.Add(node, $"content_types[{i}]", $"'{value}' is not a media type such as application/json");
            }
        }
        if (result.Count == 0 && list.Count == 0)
        {
            spec.Diagnostics.Add(spec.Find("content_types"), "content_types", "list at least one media type");
        }
        return result;
    }

    private static long? ParseMaxBodyBytes(SpecMapping spec)
    {
        var value = spec.Integer("max_body_bytes");
        if (value is <= 0 or > MaxBodyBytesLimit)
        {
            spec.Diagnostics.Add(spec.Find("max_body_bytes"), "max_body_bytes", $"must be between 1 and {MaxBodyBytesLimit}");
            return null;
        }
        return value;
    }
}
