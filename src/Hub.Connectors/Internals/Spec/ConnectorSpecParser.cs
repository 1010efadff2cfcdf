using Hub.Connectors.Internals.Bodies;
using Hub.Connectors.Internals.Enrichment;
using Hub.Connectors.Internals.Expressions;
using Hub.Connectors.Internals.Verification;
using Hub.Specs;

namespace Hub.Connectors.Internals.Spec;

/// <summary>Compiles one spec file, collecting every error rather than stopping at the first.</summary>
internal static class ConnectorSpecParser
{
    /// <summary>Bodies above this are not webhooks; a larger value in a spec is almost certainly a typo.</summary>
    private const long MaxBodyBytesLimit = 64L * 1024 * 1024;

    /// <summary>How the YAML toolkit words its problems in a connector spec (<c>routes.x.emit: is required</c>).</summary>
    public static readonly SpecWording Wording = new PhraseWording("connector", "type:, name:, verify:, routes: ...");

    public static ConnectorModel? Parse(string file, string text, SpecContext context)
    {
        var root = YamlFile.Load(context, text);
        if (root is null)
        {
            return null;
        }
        var spec = YamlMap.Of(context, root, string.Empty);

        var type = ParseType(spec, file);
        var name = spec.NonBlankText("name", required: true);
        var docs = spec.NonBlankText("docs");
        var formatName = spec.Choice("format", BodyFormats.Names) ?? BodyFormats.Default;
        var format = BodyFormats.Named(formatName);
        var contentTypes = ParseContentTypes(spec) ?? format.DefaultContentTypes;
        var maxBodyBytes = ParseMaxBodyBytes(spec);
        var verifySpec = spec.Mapping("verify", required: true);
        var verification = verifySpec is null ? null : VerificationSchemes.FromSpec(verifySpec);
        var settings = SettingsParser.Parse(spec.Mapping("settings"));
        if (verification is not null)
        {
            // A scheme that reads a URL, username or org id from settings needs that setting declared.
            VerificationSchemes.CheckSettings(verification, settings, context);
        }

        var credentials = CredentialsParser.Parse(spec.Mapping("credentials"));

        var compiler = new ExpressionCompiler(context, settings.Select(s => s.Name).ToArray(), credentials.Select(c => c.Name).ToArray());
        var scopes = new SpecScopes(batch: spec.Written("batch") is not null);
        var batch = Expression(spec, "batch", compiler, scopes.Request);
        var itemId = ParseItemId(spec, compiler, scopes);
        var deliveryId = Expression(spec, "delivery_id", compiler, scopes.Request);
        var deduplicate = spec.Boolean("deduplicate") ?? true;
        if (!deduplicate && deliveryId is not null)
        {
            spec.Spec.Error(spec.Written("deduplicate")!, "deduplicate", "deduplicate: false means the source sends no usable delivery id; remove delivery_id, or keep deduplication");
        }
        var eventTypeNode = spec.Written("event_type", required: true);
        var eventType = eventTypeNode is null ? null : compiler.Compile(eventTypeNode, "event_type", scopes.Identity);
        var (lookups, lookupNames) = new EnrichParser(compiler, scopes).Parse(spec.Mapping("enrich"));
        var routesSpec = spec.Mapping("routes", required: true);
        var routes = routesSpec is null ? null : new RouteParser(compiler, scopes, lookupNames).Parse(routesSpec);
        var reply = ReplyParser.Parse(spec.Mapping("reply"));
        var ping = PingParser.Parse(spec.Mapping("ping"), compiler, format);
        spec.RejectKeysNotAskedFor();

        if (context.HasErrors || type is null || name is null || verification is null || eventType is null || routes is null)
        {
            return null;
        }
        var typeLine = (int)(spec.Written("type")?.Start.Line ?? 0);
        return new ConnectorModel(file, typeLine, type, name, docs, format, contentTypes, maxBodyBytes, verification,
            deliveryId, eventType, settings, routes, batch, itemId, credentials, new Enricher(lookups), reply, ping, deduplicate);
    }

    private static CompiledExpression? Expression(YamlMap spec, string key, ExpressionCompiler compiler, ExpressionScope scope) =>
        spec.Written(key) is { } node ? compiler.Compile(node, key, scope) : null;

    /// <summary><c>item_id</c>: the source's id for one batch element, which makes its event id independent of the batch.</summary>
    private static CompiledExpression? ParseItemId(YamlMap spec, ExpressionCompiler compiler, SpecScopes scopes)
    {
        if (spec.Written("item_id") is not { } node)
        {
            return null;
        }
        if (!scopes.Batch)
        {
            spec.Spec.Error(node, "item_id", "item_id identifies one element of a batch: declare batch: too, or use delivery_id");
            return null;
        }
        return compiler.Compile(node, "item_id", scopes.Identity);
    }

    private static string? ParseType(YamlMap spec, string file)
    {
        var type = spec.NonBlankText("type", required: true);
        if (type is null)
        {
            return null;
        }
        var stem = Path.GetFileNameWithoutExtension(file);
        if (!SpecPatterns.ConnectorType().IsMatch(type))
        {
            spec.Spec.Error(spec.Written("type"), "type", $"'{type}' is not a connector type: use lower-case letters, digits and dashes");
            return null;
        }
        if (!string.Equals(type, stem, StringComparison.Ordinal))
        {
            // One file per type, named after it, so that an integrator looking for a type finds its spec.
            spec.Spec.Error(spec.Written("type"), "type", $"'{type}' must match the file name ({stem})");
            return null;
        }
        return type;
    }

    private static IReadOnlyList<string>? ParseContentTypes(YamlMap spec)
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
                spec.Spec.Error(node, $"content_types[{i}]", $"'{value}' is not a media type such as application/json");
            }
        }
        if (result.Count == 0 && list.Count == 0)
        {
            spec.Spec.Error(spec.Written("content_types"), "content_types", "list at least one media type");
        }
        return result;
    }

    private static long? ParseMaxBodyBytes(YamlMap spec)
    {
        var value = spec.WholeNumber("max_body_bytes");
        if (value is <= 0 or > MaxBodyBytesLimit)
        {
            spec.Spec.Error(spec.Written("max_body_bytes"), "max_body_bytes", $"must be between 1 and {MaxBodyBytesLimit}");
            return null;
        }
        return value;
    }
}
