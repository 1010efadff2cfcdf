using System.Text;
using Hub.Connectors.Internals.Expressions;
using Hub.Scripting;
using Scriban.Runtime;

namespace Hub.Connectors.Internals.Enrichment;

/// <summary>
/// A lookup's <c>auth</c>: <c>bearer</c>, <c>basic</c> or named <c>header</c>s, from expressions that may read
/// <c>credentials</c>. Error messages quote the expression, never its value.
/// </summary>
internal sealed class LookupAuth
{
    private readonly CompiledExpression? _bearer;
    private readonly (CompiledExpression User, CompiledExpression Password)? _basic;
    private readonly IReadOnlyList<(string Name, CompiledExpression Value)> _headers;

    private LookupAuth(CompiledExpression? bearer, (CompiledExpression, CompiledExpression)? basic, IReadOnlyList<(string, CompiledExpression)> headers)
    {
        _bearer = bearer;
        _basic = basic;
        _headers = headers;
    }

    public static LookupAuth Bearer(CompiledExpression token) => new(token, null, []);

    public static LookupAuth Basic(CompiledExpression username, CompiledExpression password) => new(null, (username, password), []);

    public static LookupAuth Headers(IReadOnlyList<(string, CompiledExpression)> headers) => new(null, null, headers);

    public void AddTo(Dictionary<string, string> headers, ScriptObject scope, string route, string field)
    {
        if (_bearer is not null)
        {
            headers["Authorization"] = "Bearer " + Value(_bearer, scope, route, $"{field}.bearer");
        }
        if (_basic is var (user, password))
        {
            var pair = $"{Value(user, scope, route, $"{field}.basic.username")}:{Value(password, scope, route, $"{field}.basic.password")}";
            headers["Authorization"] = "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes(pair));
        }
        foreach (var (name, value) in _headers)
        {
            headers[name] = Value(value, scope, route, $"{field}.header.{name}");
        }
    }

    private static string Value(CompiledExpression expression, ScriptObject scope, string route, string field) =>
        expression.Evaluate(scope, route, field) switch
        {
            string { Length: > 0 } text => text,
            (bool or IFormattable) and var scalar => HubFunctions.Text(scalar)!,
            _ => throw new MappingException(route, field,
                $"'{expression.Text}' gave nothing; set it on the connector instance (credentials or settings)"),
        };
}
