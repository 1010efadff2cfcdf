using System.Globalization;
using System.Text.Json.Nodes;
using Hub.Scripting;
using Scriban.Runtime;

namespace Hub.Connectors.Internals.Expressions;

/// <summary>Builds the globals that spec expressions see for one request.</summary>
internal sealed class ScriptScopes
{
    private readonly object? _body;
    private readonly ScriptObject _headers;

    /// <param name="body">The parsed body; null when no expression of this scope reads it.</param>
    public ScriptScopes(WebhookRequest request, JsonNode? body)
    {
        _body = body is null ? null : ScriptValues.FromJson(body);
        _headers = Headers(request.Headers);
    }

    public ScriptObject ForIdentity()
    {
        var scope = new ScriptObject();
        scope.SetValue(Globals.Header, _headers, readOnly: true);
        scope.SetValue(Globals.Body, _body, readOnly: true);
        return scope;
    }

    public ScriptObject ForMapping(ConnectorContext context, string connectorType, IReadOnlyList<ConnectorSetting> declared)
    {
        var scope = ForIdentity();
        scope.SetValue(Globals.Settings, Settings(context.Settings, declared), readOnly: true);
        var connector = new ScriptObject();
        connector.SetValue("id", context.ConnectorId, readOnly: true);
        connector.SetValue("type", connectorType, readOnly: true);
        scope.SetValue(Globals.Connector, connector, readOnly: true);
        return scope;
    }

    /// <summary>The globals of <c>ping.when</c>: headers, the body as parsed (null when it does not parse), as form fields and as text.</summary>
    public static ScriptObject ForPing(WebhookRequest request, JsonNode? body, JsonObject form, string raw)
    {
        var scope = new ScriptObject();
        scope.SetValue(Globals.Header, Headers(request.Headers), readOnly: true);
        scope.SetValue(Globals.Body, ScriptValues.FromJson(body), readOnly: true);
        scope.SetValue(Globals.Form, ScriptValues.FromObject(form), readOnly: true);
        scope.SetValue(Globals.Raw, raw, readOnly: true);
        return scope;
    }

    /// <summary>A child scope with one more variable (an <c>each</c> element, the batch item); the parent's globals stay visible.</summary>
    public static ScriptObject With(ScriptObject parent, string name, object? value)
    {
        var scope = new ScriptObject(parent.Count + 1, StringComparer.Ordinal);
        foreach (var (key, existing) in parent)
        {
            scope.SetValue(key, existing, readOnly: true);
        }
        scope.SetValue(name, value, readOnly: true);
        return scope;
    }

    /// <summary>
    /// Headers under lower-case names in a case-insensitive object, so that <c>header["X-Foo"]</c> and the
    /// rewritten <c>header.X-Foo</c> both find a header however the sender spelt it.
    /// </summary>
    private static ScriptObject Headers(IReadOnlyDictionary<string, string> headers)
    {
        var result = new ScriptObject(headers.Count, StringComparer.OrdinalIgnoreCase);
        foreach (var (name, value) in headers)
        {
            result.SetValue(name.ToLower(CultureInfo.InvariantCulture), value, readOnly: true);
        }
        return result;
    }

    private static ScriptObject Settings(JsonObject values, IReadOnlyList<ConnectorSetting> declared)
    {
        var result = ScriptValues.FromObject(values);
        foreach (var setting in declared)
        {
            if (setting.Default is not null && (!result.TryGetValue(setting.Name, out var current) || current is null or ""))
            {
                result.SetValue(setting.Name, ScriptValues.FromJson(setting.Default), readOnly: false);
            }
        }
        return result;
    }
}
