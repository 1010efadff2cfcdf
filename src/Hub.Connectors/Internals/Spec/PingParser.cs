using Hub.Connectors.Internals.Bodies;
using Hub.Connectors.Internals.Expressions;
using Hub.Connectors.Internals.Normalization;
using Hub.Specs;

namespace Hub.Connectors.Internals.Spec;

/// <summary>Reads <c>ping:</c>, the condition that recognises a source's connectivity check.</summary>
internal static class PingParser
{
    public static PingRule? Parse(YamlMap? ping, ExpressionCompiler compiler, IBodyFormat format)
    {
        if (ping is null)
        {
            return null;
        }
        var node = ping.Written("when", required: true);
        var when = node is null ? null : compiler.Compile(node, ping.FieldOf("when"), SpecScopes.Ping);
        ping.RejectKeysNotAskedFor("ping takes only when:");
        return when is null ? null : new PingRule(when, format);
    }
}
