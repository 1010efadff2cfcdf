using System.Text.Json.Nodes;
using Hub.Connectors.Internals.Normalization;
using Hub.Connectors.Internals.Spec;

namespace Hub.Connectors;

/// <summary>
/// A compiled connector spec (<c>connectors/{type}.yaml</c>): how to verify, read, identify and normalize the
/// webhooks of one source system. Immutable and safe to share between requests.
/// </summary>
public sealed class ConnectorDefinition
{
    private readonly ConnectorModel _model;
    private readonly Normalizer _normalizer;

    internal ConnectorDefinition(ConnectorModel model)
    {
        _model = model;
        _normalizer = new Normalizer(model);
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

    /// <summary>The secrets an integrator stores per instance for <c>enrich:</c> lookups (spec field <c>credentials</c>).</summary>
    public IReadOnlyList<ConnectorCredential> Credentials => _model.Credentials;

    /// <summary>The response to send for an accepted (or duplicate) delivery instead of 202; null for the default.</summary>
    public WebhookReply? AcceptedReply => _model.Reply;

    /// <summary>
    /// False when the spec says <c>deduplicate: false</c>: the source sends no delivery id and two identical bodies
    /// can be two real events (Acuity's second reschedule of one appointment), so every request is stored.
    /// </summary>
    public bool Deduplicates => _model.Deduplicate;

    /// <summary>The spec file this definition was compiled from.</summary>
    public string SourceFile => _model.File;

    /// <summary>
    /// True when any of <paramref name="secrets"/> verifies the request (several during a secret rotation);
    /// false when the signature is missing, garbled, stale or wrong. <paramref name="settings"/> are the connector
    /// instance's non-secret settings: some schemes check against one (Square's notification URL, HubSpot's webhook
    /// URL, a Basic username, a Salesforce organization id).
    /// </summary>
    public bool VerifySignature(WebhookRequest request, IReadOnlyList<string> secrets, DateTimeOffset now, JsonObject settings)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(secrets);
        ArgumentNullException.ThrowIfNull(settings);
        var effective = Internals.Verification.VerificationSettings.WithDefaults(settings, _model.Settings);
        return _model.Verification.Verify(request, secrets, now, effective);
    }

    /// <summary>
    /// The headers the source would send with <paramref name="body"/>, signed with <paramref name="secret"/> at
    /// <paramref name="now"/> as its verification scheme expects (so that <see cref="VerifySignature"/> accepts them).
    /// Throws <see cref="NotSupportedException"/> for a scheme that is not a shared-secret signature, and
    /// <see cref="ArgumentException"/> when a setting the scheme signs (a URL, a username) is missing.
    /// </summary>
    public IReadOnlyList<KeyValuePair<string, string>> SignWebhook(byte[] body, string secret, DateTimeOffset now, JsonObject settings)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentException.ThrowIfNullOrEmpty(secret);
        ArgumentNullException.ThrowIfNull(settings);
        var effective = Internals.Verification.VerificationSettings.WithDefaults(settings, _model.Settings);
        return _model.Verification.Sign(new Internals.Verification.WebhookSigning(body, secret, now, effective));
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
    /// <see cref="NormalizeAsync"/>, against the stored request. The delivery id is one per request (the
    /// deduplication key); for a <c>batch</c> the event type lists the elements' distinct types.
    /// </summary>
    public WebhookIdentity Identify(WebhookRequest request, JsonNode body)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(body);
        return _normalizer.Identify(request, body);
    }

    /// <summary>
    /// Checks the body as <see cref="ParseBody"/> does (throws <see cref="InvalidWebhookBodyException"/> with the same
    /// message) and identifies the request as <see cref="Identify"/> does. The body becomes a tree only when the delivery
    /// id or the event type is read from it: most sources put both in headers, and the tree is not needed until the
    /// request is normalized.
    /// </summary>
    public WebhookIdentity CheckAndIdentify(WebhookRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (_normalizer.IdentifyReadsBody)
        {
            return _normalizer.Identify(request, ParseBody(request));
        }
        _model.Format.Check(request.Body ?? []);
        return _normalizer.Identify(request, body: null);
    }

    /// <summary>
    /// True for a source's connectivity check (spec field <c>ping</c>), which is answered 200 without being verified,
    /// stored or normalized. Never throws; false when the spec declares no ping.
    /// </summary>
    public bool IsPing(WebhookRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return _model.Ping?.Matches(request) ?? false;
    }

    /// <summary>
    /// Maps the request to canonical events, one per element of a <c>batch</c>, calling <paramref name="enrichment"/>
    /// for the spec's <c>enrich:</c> lookups. Event types the spec ignores, has no route for, or whose conditions do
    /// not hold give no event and a reason. A payload the mapping cannot handle, or a lookup the source refuses
    /// (401, 403, 404), throws <see cref="MappingException"/>; a lookup that may pass later throws a transient
    /// <see cref="EnrichmentException"/>.
    /// </summary>
    public Task<NormalizationResult> NormalizeAsync(
        WebhookRequest request, JsonNode body, ConnectorContext context, IEnrichmentClient enrichment, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(enrichment);
        return _normalizer.NormalizeAsync(request, body, context, enrichment, cancellationToken);
    }

    public override string ToString() => $"{Type} ({Name})";
}
