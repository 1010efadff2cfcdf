using Hub.Connectors.Internals.Bodies;
using Hub.Connectors.Internals.Enrichment;
using Hub.Connectors.Internals.Expressions;
using Hub.Connectors.Internals.Mapping;
using Hub.Connectors.Internals.Normalization;
using Hub.Connectors.Internals.Verification;

namespace Hub.Connectors.Internals.Spec;

/// <summary>Everything a valid spec file compiles to.</summary>
internal sealed record ConnectorModel(
    string File,
    int TypeLine,
    string Type,
    string Name,
    string? Docs,
    IBodyFormat Format,
    IReadOnlyList<string> ContentTypes,
    long? MaxBodyBytes,
    IVerificationScheme Verification,
    CompiledExpression? DeliveryId,
    CompiledExpression EventType,
    IReadOnlyList<ConnectorSetting> Settings,
    IReadOnlyDictionary<string, Route> Routes,
    CompiledExpression? Batch,
    CompiledExpression? ItemId,
    IReadOnlyList<ConnectorCredential> Credentials,
    Enricher Enricher,
    WebhookReply? Reply,
    PingRule? Ping,
    bool Deduplicate = true);
