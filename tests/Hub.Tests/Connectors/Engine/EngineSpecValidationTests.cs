using Hub.Connectors;

namespace Hub.Tests.Connectors.Engine;

/// <summary>Errors for format, batch, route alternatives, emit, data, reply and ping, each at its line and field.</summary>
public sealed class EngineSpecValidationTests : IDisposable
{
    private const string Head = """
        type: t
        name: T
        docs: https://example.com/webhooks
        verify: { scheme: none }

        """;

    private readonly TempSpecDirectory _specs = new();

    public void Dispose() => _specs.Dispose();

    private SpecError Error(string yaml) => SpecErrors.Single(_specs, "t", Head + yaml);

    [Theory]
    [InlineData("format: yaml\nevent_type: body.type\nroutes: {}", 5, "format", "'yaml' is not one of: json, xml, form")]
    [InlineData("batch: body |\nevent_type: item.type\nroutes: {}", 5, "batch", "syntax error")]
    [InlineData("batch: body[settings.key]\nevent_type: item.type\nroutes: {}", 5, "batch", "unknown name 'settings'")]
    [InlineData("item_id: body.id\nevent_type: body.type\nroutes: {}", 5, "item_id", "declare batch: too, or use delivery_id")]
    [InlineData("batch: body\ndelivery_id: item.id\nevent_type: item.type\nroutes: {}", 6, "delivery_id", "per-element ids go in item_id")]
    [InlineData("event_type: item.type\nroutes: {}", 5, "event_type", "item exists only when the spec declares batch:")]
    public void Batch_and_identity_errors(string yaml, int line, string field, string message) =>
        Error(yaml).Is(line, field, message);

    [Fact]
    public void Only_the_last_alternative_may_leave_out_when()
    {
        Error("""
            event_type: body.type
            routes:
              order.updated:
                - emit: order.shipped
                - when: body.status == "cancelled"
                  emit: order.cancelled
            """).Is(8, "routes.order.updated[0].when", "only the last alternative may leave out when");
    }

    [Theory]
    [InlineData("  order.updated: []", 7, "routes.order.updated", "list at least one alternative")]
    [InlineData("  order.updated:\n    - when: body.ok\n      emit: order.shipped\n    - order.cancelled", 10, "routes.order.updated[1]", "expected a mapping (when:, emit:")]
    [InlineData("  order.updated: order.shipped", 7, "routes.order.updated", "or a list of alternatives with when:")]
    [InlineData("  order.updated:\n    - when: body.ok\n      ignore: true\n      emit: order.shipped", 10, "routes.order.updated[0].emit", "a route with ignore: true takes only when:")]
    public void Malformed_alternatives_are_reported(string routes, int line, string field, string message) =>
        Error("event_type: body.type\nroutes:\n" + routes).Is(line, field, message);

    [Fact]
    public void A_condition_cannot_read_lookups_because_it_runs_before_them()
    {
        Error("""
            event_type: body.type
            enrich:
              order: { get: "https://api.example.com/orders/{{ body.id }}" }
            routes:
              order.updated:
                when: enriched.order.status == "paid"
                emit: order.paid
            """).Is(10, "routes.order.updated.when", "routes are chosen before lookups run");
    }

    [Theory]
    [InlineData("emit: body.type", "reads like an expression; to emit the type the payload gives, write emit: \"{{ body.type }}\"")]
    [InlineData("emit: \"{{ body.type\"", "'{{' at character 1 of '{{ body.type' has no closing '}}'")]
    [InlineData("emit: \"{{ bdy.type }}\"", "unknown name 'bdy'")]
    [InlineData("emit: Order.Created", "is not a canonical event type")]
    public void Emit_is_a_canonical_type_or_a_template(string emit, string message) =>
        Error($"event_type: body.type\nroutes:\n  \"*\":\n    {emit}").Is(8, "routes.*.emit", message);

    [Fact]
    public void Data_is_a_mapping_or_one_expression()
    {
        Error("""
            event_type: body.type
            routes:
              thing.happened:
                emit: contact.updated
                data: [body.a]
            """).Is(9, "routes.thing.happened.data", "expected a mapping of fields or an expression such as body.data");
    }

    [Fact]
    public void Each_must_name_its_element_when_item_is_the_batch_element()
    {
        Error("""
            batch: body
            event_type: item.type
            routes:
              order.created:
                emit: order.created
                data:
                  items:
                    each: item.lines
                    map: { sku: line.sku }
            """).Is(12, "routes.order.created.data.items.as", "name the element with as:");
    }

    [Theory]
    [InlineData("reply: { status: 302 }", 5, "reply.status", "2xx")]
    [InlineData("reply: { body: ok }", 5, "reply.content_type", "body and content_type go together")]
    [InlineData("reply: { content_type: xml, body: ok }", 5, "reply.content_type", "'xml' is not a media type")]
    [InlineData("reply: { status: 200, headers: {} }", 5, "reply.headers", "unknown key")]
    [InlineData("ping: {}", 5, "ping.when", "is required")]
    [InlineData("ping: { when: settings.x }", 5, "ping.when", "unknown name 'settings'")]
    [InlineData("ping: { when: form.webhook_id, reply: ok }", 5, "ping.reply", "ping takes only when:")]
    public void Reply_and_ping_errors(string yaml, int line, string field, string message) =>
        Error(yaml + "\nevent_type: body.type\nroutes: {}").Is(line, field, message);
}
