using System.Text.Json.Nodes;
using Hub.Connectors.Internals.Expressions;
using Hub.Connectors.Internals.Mapping;
using Hub.Connectors.Internals.Spec;
using Hub.Scripting;
using Scriban.Runtime;

namespace Hub.Connectors;

/// <summary>
/// A compiled connector spec (<c>connectors/{type}.yaml</c>): how to verify, read, identify and normalize the
/// webhooks of one source system. Immutable and safe to share between requests.
/// </summary>
public sealed class ConnectorDefinition
{
    private readonly ConnectorModel _model;

    internal ConnectorDefinition(ConnectorModel model)
    {
        _model = model;
    }

    public string Type => _model.Type;

    public string Name => _model.Name;

    /// <summary>Where the source documents its webhooks, if the spec says.</summary>
    public string? Docs => _model.Docs;

    /// <summary>The media types accepted, lower case without parameters (spec field <c>content_types</c>).</summary>
    public IReadOnlyList<string> ContentTypes => _model.ContentTypes;

    /// <summary>The spec's body size limit; null means the host default.</summary>
    public long? MaxBodyBytes => _model.MaxBodyBytes;

    /// <summary>What an integrator fills in per connector instance.</summary>
    public IReadOnlyList<ConnectorSetting> Settings => _model.Settings;

    /// <summary>The spec file this definition was compiled from.</summary>
    public string SourceFile => _model.File;

    /// <summary>
    /// True when any of <paramref name="secrets"/> verifies the request (several during a secret rotation);
    /// false when the signature is missing, garbled or wrong.
    /// </summary>
    public bool VerifySignature(WebhookRequest request, IReadOnlyList<string> secrets, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(secrets);
        return _model.Verification.Verify(request, secrets, now);
    }

    /// <summary>Reads the body; throws <see cref="InvalidWebhookBodyException"/> saying what is wrong and where.</summary>
    public JsonNode ParseBody(WebhookRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return _model.Format.Parse(request.Body ?? []);
    }

    /// <summary>
    /// The delivery id and event type. Never throws for a failing expression: this runs while a request is being
    /// received, before it is stored, so a broken expression reads as "none" here and fails loudly in
    /// <see cref="Normalize"/>, against the stored request.
    /// </summary>
    public WebhookIdentity Identify(WebhookRequest request, JsonNode body)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(body);
        return Identify(new ScriptScopes(request, body), lenient: true);
    }

    /// <summary>
    /// Maps the request to canonical events. Event types the spec ignores or has no route for give no events and
    /// a reason; a payload the mapping cannot handle throws <see cref="MappingException"/>.
    /// </summary>
    public NormalizationResult Normalize(WebhookRequest request, JsonNode body, ConnectorContext context)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(context);
        var scopes = new ScriptScopes(request, body);
        var identity = Identify(scopes, lenient: false);
        if (identity.EventType is null)
        {
            return NormalizationResult.Ignored($"the request carries no event type ({_model.EventType.Text} is empty)");
        }
        if (!_model.Routes.TryGetValue(identity.EventType, out var route))
        {
            return NormalizationResult.Ignored($"no route for event type {identity.EventType}");
        }
        if (route.Ignores)
        {
            return NormalizationResult.Ignored($"event type {identity.EventType} is ignored by the {Type} connector");
        }
        var deliveryKey = EventIds.DeliveryKey(identity.DeliveryId, request.Body ?? []);
        var canonical = route.Map(
            scopes.ForMapping(context, Type, Settings),
            EventIds.For(context.ConnectorId, deliveryKey, 0),
            $"/connectors/{context.ConnectorId}",
            request.ReceivedAt);
        return new NormalizationResult([canonical], null);
    }

    public override string ToString() => $"{Type} ({Name})";

    private WebhookIdentity Identify(ScriptScopes scopes, bool lenient)
    {
        var scope = scopes.ForIdentity();
        return new WebhookIdentity(
            Scalar(_model.DeliveryId, scope, "delivery_id", lenient),
            Scalar(_model.EventType, scope, "event_type", lenient));
    }

    private static string? Scalar(CompiledExpression? expression, ScriptObject scope, string field, bool lenient)
    {
        try
        {
            return expression is null ? null : Scalar(expression.Evaluate(scope, "(identify)", field));
        }
        catch (MappingException) when (lenient)
        {
            return null;
        }
    }

    private static string? Scalar(object? value) => value switch
    {
        string text => text.Trim() is { Length: > 0 } trimmed ? trimmed : null,
        bool or IFormattable => HubFunctions.Text(value),
        _ => null,
    };
}
