using System.Text.Json.Nodes;
using Hub.Connectors.Internals.Enrichment;
using Hub.Connectors.Internals.Expressions;
using Hub.Connectors.Internals.Mapping;
using Hub.Connectors.Internals.Spec;
using Hub.Core.Events;
using Scriban.Runtime;

namespace Hub.Connectors.Internals.Normalization;

/// <summary>
/// Identifies and normalizes requests for one compiled spec: per request a delivery id; per element of the batch
/// (or for the body, without <c>batch</c>) an event type, a route case, lookups and one canonical event.
/// </summary>
internal sealed class Normalizer(ConnectorModel model)
{
    /// <summary>Whether <see cref="Identify"/> reads the body (a batch, or a delivery id or event type taken from it).</summary>
    public bool IdentifyReadsBody { get; } = model.Batch is not null || model.DeliveryId?.MayReadBody == true || model.EventType?.MayReadBody == true;

    /// <summary><paramref name="body"/> may be null when <see cref="IdentifyReadsBody"/> is false.</summary>
    public WebhookIdentity Identify(WebhookRequest request, JsonNode? body)
    {
        var scope = new ScriptScopes(request, IdentifyReadsBody ? body : null).ForIdentity();
        var deliveryId = IdentityText.Read(model.DeliveryId, scope, "delivery_id", lenient: true);
        if (model.Batch is null)
        {
            return new(deliveryId, IdentityText.Read(model.EventType, scope, "event_type", lenient: true));
        }
        IReadOnlyList<object?> items;
        try
        {
            items = BatchItems.Read(model.Batch, scope);
        }
        catch (MappingException)
        {
            return new(deliveryId, null);
        }
        // A batch has no single type: record the distinct ones, for the event log.
        var types = items
            .Select(item => IdentityText.Read(model.EventType, ScriptScopes.With(scope, Globals.Item, item), "event_type", lenient: true))
            .OfType<string>()
            .Distinct(StringComparer.Ordinal)
            .ToList();
        return new(deliveryId, types.Count == 0 ? null : string.Join(", ", types));
    }

    public async Task<NormalizationResult> NormalizeAsync(
        WebhookRequest request, JsonNode body, ConnectorContext context, IEnrichmentClient enrichment, CancellationToken cancellationToken)
    {
        var scopes = new ScriptScopes(request, body);
        var requestScope = scopes.ForIdentity();
        var deliveryKey = EventIds.DeliveryKey(
            IdentityText.Read(model.DeliveryId, requestScope, "delivery_id", lenient: false) ?? (model.Deduplicate ? null : context.StoredDeliveryId),
            request.Body ?? []);
        var mappingScope = scopes.ForMapping(context, model.Type, model.Settings);
        var run = new EnrichmentRun(enrichment, cancellationToken);
        if (model.Batch is null)
        {
            var (single, reason) = await MapAsync(mappingScope, "the request", 0, deliveryKey, context, request.ReceivedAt, run);
            return single is null ? NormalizationResult.Ignored(reason!) : new([single], null);
        }

        var items = BatchItems.Read(model.Batch, requestScope);
        if (items.Count == 0)
        {
            return NormalizationResult.Ignored($"the batch is empty ({model.Batch.Text} has no elements)");
        }
        var events = new List<CanonicalEvent>();
        var reasons = new List<string>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < items.Count; i++)
        {
            var scope = ScriptScopes.With(mappingScope, Globals.Item, items[i]);
            CanonicalEvent? mapped;
            string? reason;
            try
            {
                (mapped, reason) = await MapAsync(scope, $"element {i}", i, deliveryKey, context, request.ReceivedAt, run);
            }
            catch (MappingException ex)
            {
                throw new MappingException($"batch element {i}: {ex.Message}", ex);
            }
            if (mapped is null)
            {
                reasons.Add(reason!);
            }
            else if (!ids.Add(mapped.Id))
            {
                // Same item_id twice in one batch: by the spec's own definition it is the same event.
                reasons.Add($"element {i} repeats the item_id of an earlier element");
            }
            else
            {
                events.Add(mapped);
            }
        }
        return new(events, reasons.Count == 0 ? null : string.Join("; ", reasons));
    }

    private async Task<(CanonicalEvent? Event, string? Reason)> MapAsync(
        ScriptObject scope, string what, int index, string deliveryKey, ConnectorContext context, DateTimeOffset receivedAt, EnrichmentRun run)
    {
        var eventType = IdentityText.Read(model.EventType, scope, "event_type", lenient: false);
        if (eventType is null)
        {
            return (null, $"{what} carries no event type ({model.EventType.Text} is empty)");
        }
        var prefix = model.Batch is null ? string.Empty : $"{what}: ";
        var route = model.Routes.GetValueOrDefault(eventType) ?? model.Routes.GetValueOrDefault(Route.Wildcard);
        if (route is null)
        {
            return (null, $"{prefix}no route for event type {eventType}");
        }
        var chosen = route.Select(scope);
        if (chosen is null)
        {
            return (null, prefix + route.NoMatchReason(eventType));
        }
        if (chosen.Ignores)
        {
            var condition = chosen.When is null ? string.Empty : $" (when {chosen.When.Text})";
            return (null, $"{prefix}event type {eventType} is ignored by the {model.Type} connector{condition}");
        }
        var enriched = await model.Enricher.EnrichAsync(scope, context.Credentials, route.EventType, run);
        var itemId = model.ItemId is null ? null : IdentityText.Read(model.ItemId, scope, "item_id", lenient: false);
        var id = itemId is null
            ? EventIds.For(context.ConnectorId, deliveryKey, index)
            : EventIds.For(context.ConnectorId, EventIds.ItemKey(itemId), 0);
        return (chosen.Map(enriched, id, $"/connectors/{context.ConnectorId}", receivedAt), null);
    }
}
