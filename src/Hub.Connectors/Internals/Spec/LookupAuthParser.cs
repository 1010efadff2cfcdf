using Hub.Connectors.Internals.Enrichment;
using Hub.Connectors.Internals.Expressions;
using YamlDotNet.RepresentationModel;
using Hub.Specs;

namespace Hub.Connectors.Internals.Spec;

/// <summary>Reads a lookup's <c>auth:</c>: exactly one of <c>bearer</c>, <c>basic</c> (username, password) or <c>header</c>.</summary>
internal sealed class LookupAuthParser(ExpressionCompiler compiler)
{
    private static readonly string[] Kinds = ["bearer", "basic", "header"];

    public LookupAuth? Parse(YamlMap auth, ExpressionScope scope)
    {
        var given = Kinds.Where(auth.Has).ToList();
        LookupAuth? result = null;
        if (given.Count != 1)
        {
            // With none given but other keys present, the unknown-key errors below say it better.
            if (given.Count > 1 || !auth.Keys.Any())
            {
                auth.Spec.Error(auth.Line, auth.Path, $"give exactly one of: {string.Join(", ", Kinds)}");
            }
            foreach (var kind in Kinds)
            {
                auth.Written(kind); // known keys, so that only real typos are reported below
            }
        }
        else
        {
            result = given[0] switch
            {
                "bearer" => compiler.Compile(auth.Written("bearer")!, auth.FieldOf("bearer"), scope) is { } token ? LookupAuth.Bearer(token) : null,
                "basic" => ParseBasic(auth.Mapping("basic"), scope),
                _ => ParseHeaders(auth.Mapping("header"), scope),
            };
        }
        auth.RejectKeysNotAskedFor();
        return result;
    }

    private LookupAuth? ParseBasic(YamlMap? basic, ExpressionScope scope)
    {
        if (basic is null)
        {
            return null;
        }
        var username = Required(basic, "username", scope);
        var password = Required(basic, "password", scope);
        basic.RejectKeysNotAskedFor();
        return username is null || password is null ? null : LookupAuth.Basic(username, password);
    }

    private LookupAuth? ParseHeaders(YamlMap? header, ExpressionScope scope)
    {
        if (header is null)
        {
            return null;
        }
        var result = new List<(string, CompiledExpression)>();
        var valid = true;
        foreach (var (name, keyNode, value) in header.Entries())
        {
            if (!SpecPatterns.HeaderName().IsMatch(name))
            {
                header.Spec.Error(keyNode, header.FieldOf(name), $"'{name}' is not a header name");
                valid = false;
            }
            else if (compiler.Compile(value, header.FieldOf(name), scope) is { } expression)
            {
                result.Add((name, expression));
            }
            else
            {
                valid = false;
            }
        }
        if (result.Count == 0 && valid)
        {
            header.Spec.Error(header.Line, header.Path, "name at least one header: { X-Api-Key: credentials.apiKey }");
            valid = false;
        }
        return valid ? LookupAuth.Headers(result) : null;
    }

    private CompiledExpression? Required(YamlMap spec, string key, ExpressionScope scope) =>
        spec.Written(key, required: true) is YamlNode node ? compiler.Compile(node, spec.FieldOf(key), scope) : null;
}
