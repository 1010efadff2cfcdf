using System.Text.Json.Nodes;
using Hub.Connectors;

namespace Hub.Tests.Connectors.Engine;

public sealed class GenericCloudEventsTests : IDisposable
{
    // Structured and batched CloudEvents 1.0 whose data is already canonical: the spec only passes it through.
    private const string GenericSpec = """
        type: generic
        name: Generic CloudEvents
        verify: { scheme: none }
        content_types: [application/cloudevents+json, application/cloudevents-batch+json, application/json]
        batch: body
        item_id: item.source + " " + item.id
        event_type: item.type
        routes:
          "*":
            emit: "{{ item.type }}"
            subject: item.subject
            time: item.time
            data: item.data
        """;

    private const string OrderCreated = """
        {"specversion": "1.0", "id": "a-1", "source": "/shop", "type": "order.created", "subject": "1001",
         "time": "2026-03-01T10:00:00Z", "datacontenttype": "application/json",
         "data": {"order": {"id": "1001", "total": 19.90, "currency": "EUR", "items": [{"sku": "A", "quantity": 2}]}}}
        """;

    private readonly TempSpecDirectory _specs = new();
    private readonly ConnectorDefinition _generic;

    public GenericCloudEventsTests()
    {
        _generic = _specs.Load("generic", GenericSpec);
    }

    public void Dispose() => _specs.Dispose();

    private Task<NormalizationResult> NormalizeAsync(string body) =>
        _generic.NormalizeRequestAsync(TestRequests.Of(body), new ConnectorContext("app-1", []));

    [Fact]
    public async Task A_structured_cloud_event_passes_through_with_its_type_subject_time_and_data()
    {
        var e = Assert.Single((await NormalizeAsync(OrderCreated)).Events);

        Assert.Equal(("order.created", "1001"), (e.Type, e.Subject));
        Assert.Equal(new DateTimeOffset(2026, 3, 1, 10, 0, 0, TimeSpan.Zero), e.Time);
        var expected = JsonNode.Parse("""{"order": {"id": "1001", "total": 19.90, "currency": "EUR", "items": [{"sku": "A", "quantity": 2}]}}""");
        Assert.True(JsonNode.DeepEquals(expected, e.Data), e.Data.ToJsonString());
        Assert.Equal("19.90", e.Data["order"]!["total"]!.ToJsonString());
    }

    [Fact]
    public async Task A_batch_of_cloud_events_gives_one_event_each_with_ids_from_source_and_id()
    {
        var second = OrderCreated.Replace("\"a-1\"", "\"a-2\"", StringComparison.Ordinal).Replace("order.created", "order.shipped", StringComparison.Ordinal);

        var batch = await NormalizeAsync($"[{OrderCreated}, {second}]");
        var single = await NormalizeAsync(OrderCreated);

        Assert.Equal(["order.created", "order.shipped"], batch.Events.Select(e => e.Type));
        Assert.Equal(single.Events[0].Id, batch.Events[0].Id);
    }

    [Fact]
    public async Task An_event_without_data_has_empty_data()
    {
        var e = Assert.Single((await NormalizeAsync("""{"id": "p", "source": "/s", "type": "contact.updated"}""")).Events);

        Assert.Empty(e.Data);
    }

    [Theory]
    [InlineData("""{"id": "x", "source": "/s", "type": "com.example:Thing", "data": {}}""", "emit", "gave 'com.example:Thing', which is not a canonical event type")]
    [InlineData("""{"id": "x", "source": "/s", "type": "order.created", "data": [1, 2]}""", "data", "gave array [1,2]; data must be an object")]
    [InlineData("""{"id": "x", "source": "/s", "type": "order.created", "data": "text"}""", "data", "gave string \"text\"; data must be an object")]
    public async Task A_type_that_is_not_canonical_or_data_that_is_not_an_object_fails(string body, string field, string message)
    {
        var ex = await Assert.ThrowsAsync<MappingException>(() => NormalizeAsync(body));

        var inner = Assert.IsType<MappingException>(ex.InnerException);
        Assert.Equal(("*", field), (inner.Route, inner.Field));
        Assert.Contains(message, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_emit_template_may_mix_text_and_holes()
    {
        var prefixed = _specs.Load("prefixed", """
            type: prefixed
            name: Prefixed
            verify: { scheme: none }
            event_type: body.status
            routes:
              "*":
                emit: "order.{{ body.status | string.downcase }}"
            """);

        var result = await prefixed.NormalizeRequestAsync(TestRequests.Of("""{"status": "Shipped"}"""), new ConnectorContext("p", []));

        Assert.Equal("order.shipped", Assert.Single(result.Events).Type);
    }
}
