using System.Text.Json.Nodes;
using Hub.Events;

namespace Hub.Tests.Events;

public sealed class EventCatalogTests
{
    private static readonly string[] Catalogued =
    [
        "order.created", "order.paid", "order.shipped", "order.delivered", "order.cancelled", "order.refunded",
        "checkout.started", "payment.failed",
        "appointment.booked", "appointment.rescheduled", "appointment.cancelled",
        "contact.created", "contact.updated", "deal.stage_changed", "ticket.created", "ticket.solved", "message.received",
    ];

    private static EventCatalog Catalog => EventCatalog.Default;

    [Fact]
    public void The_catalogue_has_exactly_the_canonical_types_in_ordinal_order()
    {
        Assert.Equal(Catalogued.Order(StringComparer.Ordinal), Catalog.Types);
        Assert.All(Catalogued, t => Assert.True(Catalog.IsKnown(t), t));
    }

    [Fact]
    public void Every_type_has_an_example()
    {
        Assert.Equal(Catalog.Types.Order(StringComparer.Ordinal), EventExamples.ByType.Keys.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("order.created", "urn:hub:schema:order.created:v1")]
    [InlineData("deal.stage_changed", "urn:hub:schema:deal.stage_changed:v1")]
    [InlineData("message.received", "urn:hub:schema:message.received:v1")]
    public void Schema_ids_are_stable_urns(string type, string id)
    {
        Assert.Equal(id, Catalog.SchemaId(type));
    }

    [Fact]
    public void Every_schema_id_follows_one_pattern_and_is_the_schemas_own_id()
    {
        Assert.All(Catalog.Types, type =>
        {
            Assert.Equal($"urn:hub:schema:{type}:v1", Catalog.SchemaId(type));
            var schema = Catalog.Schema(type)!;
            Assert.Equal(Catalog.SchemaId(type), schema["$id"]!.GetValue<string>());
            Assert.Equal("https://json-schema.org/draft/2020-12/schema", schema["$schema"]!.GetValue<string>());
            Assert.Equal(type, schema["title"]!.GetValue<string>());
        });
    }

    [Fact]
    public void Unknown_types_are_not_known_and_have_no_schema()
    {
        Assert.False(Catalog.IsKnown("order.exploded"));
        Assert.False(Catalog.IsKnown("Order.Created"), "CloudEvents types are case-sensitive");
        Assert.Null(Catalog.Schema("order.exploded"));
        Assert.Throws<ArgumentException>(() => Catalog.SchemaId("order.exploded"));
    }

    [Fact]
    public void Validating_an_unknown_type_gives_one_error_naming_the_type()
    {
        var error = Assert.Single(Catalog.Validate("order.exploded", new JsonObject()));

        Assert.Equal("type", error.Path);
        Assert.Contains("\"order.exploded\"", error.Message, StringComparison.Ordinal);
        Assert.Contains("order.created", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Each_call_returns_a_fresh_copy_of_the_schema()
    {
        var first = Catalog.Schema("order.created")!;
        first["$id"] = "tampered";
        first.Remove("$defs");

        var second = Catalog.Schema("order.created")!;

        Assert.Equal("urn:hub:schema:order.created:v1", second["$id"]!.GetValue<string>());
        Assert.NotNull(second["$defs"]);
        Assert.Empty(Catalog.Validate("order.created", JsonNode.Parse("""{ "order": { "id": "1" } }""")!.AsObject()));
    }

    [Fact]
    public void The_default_catalogue_is_built_once()
    {
        Assert.Same(EventCatalog.Default, EventCatalog.Default);
    }
}
