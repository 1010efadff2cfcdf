using System.Text.Json.Nodes;
using Hub.Connectors;

namespace Hub.Tests.Connectors.Engine;

public sealed class RouteConditionTests : IDisposable
{
    private const string WooSpec = """
        type: woocommerce
        name: WooCommerce
        verify: { scheme: none }
        delivery_id: header.X-WC-Webhook-Delivery-ID
        event_type: header.X-WC-Webhook-Topic
        routes:
          order.created:
            emit: order.created
            subject: body.id | text
          order.updated:
            - when: body.status == "completed"
              emit: order.shipped
              subject: body.id | text
              data:
                order: { id: body.id | text, status: body.status }
            - when: body.status == "cancelled" || body.status == "refunded"
              emit: order.cancelled
              subject: body.id | text
              data:
                order: { id: body.id | text, status: body.status }
            - when: body.status == "failed"
              ignore: true
          order.deleted:
            when: body.id != null
            emit: order.cancelled
          "*":
            - when: header.X-WC-Webhook-Resource == "customer"
              emit: contact.updated
              subject: body.id | text
            - ignore: true
        """;

    private readonly TempSpecDirectory _specs = new();
    private readonly ConnectorDefinition _woo;

    public RouteConditionTests()
    {
        _woo = _specs.Load("woocommerce", WooSpec);
    }

    public void Dispose() => _specs.Dispose();

    private Task<NormalizationResult> NormalizeAsync(string topic, Action<JsonObject>? edit = null, string resource = "order")
    {
        var body = JsonNode.Parse(TestRequests.Fixture("woocommerce", "order.updated.json"))!.AsObject();
        edit?.Invoke(body);
        var request = TestRequests.Of(body.ToJsonString(),
            ("X-WC-Webhook-Topic", topic), ("X-WC-Webhook-Resource", resource), ("X-WC-Webhook-Delivery-ID", "d-1"));
        return _woo.NormalizeRequestAsync(request, new ConnectorContext("woo-1", []));
    }

    [Fact]
    public async Task The_first_alternative_whose_condition_holds_picks_the_canonical_type()
    {
        var completed = Assert.Single((await NormalizeAsync("order.updated")).Events);
        var cancelled = Assert.Single((await NormalizeAsync("order.updated", b => b["status"] = "cancelled")).Events);
        var refunded = Assert.Single((await NormalizeAsync("order.updated", b => b["status"] = "refunded")).Events);

        Assert.Equal(("order.shipped", "727", "completed"), (completed.Type, completed.Subject, completed.Data["order"]!["status"]!.GetValue<string>()));
        Assert.Equal("order.cancelled", cancelled.Type);
        Assert.Equal("refunded", refunded.Data["order"]!["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task When_no_alternative_holds_the_event_is_ignored_with_a_reason()
    {
        var result = await NormalizeAsync("order.updated", b => b["status"] = "processing");

        Assert.Empty(result.Events);
        Assert.Equal("event type order.updated: none of the 3 conditions of its route holds", result.IgnoredReason);
    }

    [Fact]
    public async Task An_alternative_may_ignore_and_the_reason_names_its_condition()
    {
        var result = await NormalizeAsync("order.updated", b => b["status"] = "failed");

        Assert.Empty(result.Events);
        Assert.Equal("event type order.updated is ignored by the woocommerce connector (when body.status == \"failed\")", result.IgnoredReason);
    }

    [Fact]
    public async Task A_single_route_may_carry_a_condition()
    {
        var result = await NormalizeAsync("order.deleted", b => b.Remove("id"));

        Assert.Equal("event type order.deleted: the route's condition (body.id != null) does not hold", result.IgnoredReason);
        Assert.Equal("order.cancelled", Assert.Single((await NormalizeAsync("order.deleted")).Events).Type);
    }

    [Fact]
    public async Task The_star_route_takes_every_type_without_its_own_route()
    {
        var customer = await NormalizeAsync("customer.updated", resource: "customer");
        var product = await NormalizeAsync("product.updated", resource: "product");

        Assert.Equal("contact.updated", Assert.Single(customer.Events).Type);
        Assert.Equal("event type product.updated is ignored by the woocommerce connector", product.IgnoredReason);
        Assert.Equal("order.created", Assert.Single((await NormalizeAsync("order.created")).Events).Type);
    }

    [Fact]
    public async Task A_failing_condition_names_its_alternative()
    {
        var spec = WooSpec.Replace("type: woocommerce", "type: strict", StringComparison.Ordinal)
            .Replace("body.status == \"failed\"", "body.status % 0 == 1", StringComparison.Ordinal);
        var strict = _specs.Load("strict", spec);
        var request = TestRequests.Of("""{"id": 1, "status": 5}""", ("X-WC-Webhook-Topic", "order.updated"));

        var ex = await Assert.ThrowsAsync<MappingException>(() => strict.NormalizeRequestAsync(request, new ConnectorContext("s", [])));

        Assert.Equal(("order.updated", "[2].when"), (ex.Route, ex.Field));
    }
}
