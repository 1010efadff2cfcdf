using Hub.Specs;
using YamlDotNet.RepresentationModel;

namespace Hub.Workflows.Internals;

/// <summary>Reads <c>auth: { bearer: template }</c>, <c>auth: { basic: { username, password } }</c> or <c>auth: none</c>.</summary>
internal static class HttpAuthReader
{
    public static HttpAuth? Read(YamlMap owner, string key)
    {
        var node = owner.Node(key);
        if (node is null)
        {
            return null;
        }
        var field = owner.FieldOf(key);
        if (node is YamlScalarNode { Value: var word })
        {
            if (word == "none")
            {
                return null;
            }
            owner.Spec.Error(node, field, word == "connector"
                ? "'auth: connector' is not supported yet: a workflow does not see its connector's credentials. Use auth: { bearer: \"...\" } or auth: { basic: { username, password } }."
                : $"'{word}' is not a kind of auth; use none, {{ bearer: \"...\" }} or {{ basic: {{ username, password }} }}.");
            return null;
        }
        var map = owner.Mapping(key);
        if (map is null)
        {
            return null;
        }
        map.RejectUnknown(["bearer", "basic"]);
        if (map.Has("bearer") == map.Has("basic"))
        {
            owner.Spec.Error(owner.LineOf(key), field, "Say either 'bearer' (a token) or 'basic' (a username and password).");
            return null;
        }
        if (map.Has("bearer"))
        {
            return HttpStepKind.ReadTemplate(map, "bearer", map.FieldOf("bearer")) is { } bearer ? new HttpAuth { Bearer = bearer } : null;
        }
        var basic = map.Mapping("basic");
        if (basic is null)
        {
            return null;
        }
        basic.RejectUnknown(["username", "password"]);
        var username = HttpStepKind.ReadTemplate(basic, "username", basic.FieldOf("username"));
        var password = HttpStepKind.ReadTemplate(basic, "password", basic.FieldOf("password"));
        return username is null || password is null ? null : new HttpAuth { Username = username, Password = password };
    }
}
