using Hub.Connectors;

namespace Hub.Tests.Connectors.Engine;

/// <summary>Parse and normalize in one call, as the ingest job does.</summary>
internal static class Normalizing
{
    public static Task<NormalizationResult> NormalizeRequestAsync(
        this ConnectorDefinition definition, WebhookRequest request, ConnectorContext context, IEnrichmentClient? enrichment = null) =>
        definition.NormalizeAsync(request, definition.ParseBody(request), context, enrichment ?? FakeEnrichmentClient.None, CancellationToken.None);
}
