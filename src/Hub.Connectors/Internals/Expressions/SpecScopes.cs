namespace Hub.Connectors.Internals.Expressions;

/// <summary>
/// The scope of each place a spec may hold an expression. <c>item</c> exists only in specs that declare
/// <c>batch</c>; <c>credentials</c> only under <c>enrich.*.auth</c>, so that no mapping can copy a secret into an event.
/// </summary>
internal sealed class SpecScopes
{
    private const string CredentialsOnlyInAuth = "credentials are readable only under enrich.*.auth, so that no secret can reach an event";

    private const string NoBatch = "item exists only when the spec declares batch:";

    private readonly ExpressionScope _condition;

    public SpecScopes(bool batch)
    {
        Batch = batch;
        Request = ExpressionScope.Of(Globals.Header, Globals.Body)
            .Explain(Globals.Item, batch ? "this identifies the whole request; per-element ids go in item_id" : NoBatch)
            .Explain(Globals.Settings, "this is read while a request is received, before instance settings are involved");
        Identity = batch ? ExpressionScope.Of(Globals.Header, Globals.Body, Globals.Item) : Request;
        var condition = ExpressionScope.Of(Globals.Body, Globals.Header, Globals.Settings, Globals.Connector);
        _condition = (batch ? condition.With(Globals.Item) : condition.Explain(Globals.Item, NoBatch))
            .Explain(Globals.Credentials, CredentialsOnlyInAuth);
    }

    public bool Batch { get; }

    /// <summary><c>batch</c> and <c>delivery_id</c>: what identifies the request as a whole.</summary>
    public ExpressionScope Request { get; }

    /// <summary><c>event_type</c> and <c>item_id</c>: per element when the spec declares <c>batch</c>.</summary>
    public ExpressionScope Identity { get; }

    /// <summary>A route's <c>when</c>: chosen before any lookup runs, so that ignored events cost no API call.</summary>
    public ExpressionScope Condition => _condition.Explain(Globals.Enriched, "routes are chosen before lookups run: enriched is not available in when:");

    /// <summary>A route's <c>emit</c>, <c>subject</c>, <c>time</c> and <c>data</c>.</summary>
    public ExpressionScope Mapping(IReadOnlyCollection<string> lookups) => _condition.WithLookups(lookups);

    /// <summary>A lookup's <c>when</c>, <c>get</c> and <c>headers</c>, seeing the lookups declared before it.</summary>
    public ExpressionScope Lookup(IReadOnlyCollection<string> earlier) =>
        _condition.WithLookups(earlier).Explain(Globals.Enriched, "a lookup sees only those declared before it");

    /// <summary>A lookup's <c>auth</c>: the only place credentials are readable.</summary>
    public ExpressionScope Auth(IReadOnlyCollection<string> earlier) => Lookup(earlier).With(Globals.Credentials);

    /// <summary>A hole that starts a lookup URL and so decides where the request (and its credentials) goes.</summary>
    public static ExpressionScope UrlBase { get; } = ExpressionScope.Of(Globals.Settings, Globals.Connector)
        .Explain(Globals.Body, UrlBaseReason)
        .Explain(Globals.Item, UrlBaseReason)
        .Explain(Globals.Header, UrlBaseReason)
        .Explain(Globals.Enriched, UrlBaseReason);

    /// <summary><c>ping.when</c>: read before the request is verified or parsed in the connector's format.</summary>
    public static ExpressionScope Ping { get; } = ExpressionScope.Of(Globals.Header, Globals.Body, Globals.Form, Globals.Raw);

    private const string UrlBaseReason =
        "the start of a URL (scheme and host) must come from the spec or from settings, so that a payload cannot send credentials elsewhere";
}
