using System.Text;
using System.Text.Json.Nodes;
using Hub.Connectors;
using Hub.Tests.Connectors.Engine;
using Hub.Tests.Connectors.Verification;

namespace Hub.Tests.Connectors.Sources;

/// <summary>
/// connectors/generic.yaml beyond its golden cases: the accepted media types, event ids from (source, id) whether an
/// event comes alone or in a batch, the delivery id, what is refused, and the Standard Webhooks vectors.
/// </summary>
public sealed class GenericTests
{
    private static readonly Lazy<ConnectorDefinition> Generic = new(() => ShippedSpecs.Load("generic"));

    private static readonly ConnectorContext Context = new("app-1", []);

    private static Task<NormalizationResult> NormalizeAsync(string body) =>
        Generic.Value.NormalizeRequestAsync(TestRequests.Of(body, ("Content-Type", "application/cloudevents+json")), Context);

    private static string OrderCreated() => Encoding.UTF8.GetString(TestRequests.Fixture("generic", "order.created.json"));

    [Fact]
    public void It_accepts_structured_and_batched_cloud_events()
    {
        Assert.Equal(["application/cloudevents+json", "application/cloudevents-batch+json", "application/json"], Generic.Value.ContentTypes);
    }

    [Fact]
    public async Task An_event_alone_and_the_same_event_in_a_batch_are_one_event()
    {
        var alone = await NormalizeAsync(OrderCreated());
        var batched = await NormalizeAsync($"[{OrderCreated()}, {Encoding.UTF8.GetString(TestRequests.Fixture("generic", "appointment.booked.batch.json"))[1..^2]}]");

        Assert.Equal(["order.created", "appointment.booked"], batched.Events.Select(e => e.Type));
        Assert.Equal(Assert.Single(alone.Events).Id, batched.Events[0].Id);
    }

    [Fact]
    public async Task The_same_id_from_another_source_is_another_event()
    {
        var a = await NormalizeAsync(OrderCreated());
        var b = await NormalizeAsync(OrderCreated().Replace("https://shop.example.com/orders", "https://pos.example.com/orders", StringComparison.Ordinal));

        Assert.NotEqual(Assert.Single(a.Events).Id, Assert.Single(b.Events).Id);
    }

    [Fact]
    public void The_delivery_id_is_the_webhook_id_header_else_the_event_id()
    {
        var signed = TestRequests.Of(OrderCreated(), ("webhook-id", "msg_2KWPBgLlAfxdpx2AI54pPJ85f4W"));
        var unsigned = TestRequests.Of(OrderCreated());

        Assert.Equal("msg_2KWPBgLlAfxdpx2AI54pPJ85f4W", Generic.Value.Identify(signed, Generic.Value.ParseBody(signed)).DeliveryId);
        Assert.Equal("ord-1001-created", Generic.Value.Identify(unsigned, Generic.Value.ParseBody(unsigned)).DeliveryId);
    }

    [Fact]
    public async Task A_type_that_cannot_be_canonical_fails_loudly()
    {
        // A well-formed but unknown type (com.example.thing) passes here; the ingest job checks it against the catalogue.
        var ex = await Assert.ThrowsAsync<MappingException>(() => NormalizeAsync(OrderCreated().Replace("\"order.created\"", "\"Order Created\"", StringComparison.Ordinal)));

        Assert.Contains("is not a canonical event type", ex.Message, StringComparison.Ordinal);
    }

    public static TheoryData<string> Vectors() => [.. SignatureVector.All().Where(v => v.System == "standard-webhooks").Select(v => v.Name)];

    [Theory]
    [MemberData(nameof(Vectors))]
    public void The_spec_verifies_the_standard_webhooks_vectors(string name)
    {
        var vector = SignatureVector.Find("standard-webhooks", name);

        Assert.Equal(vector.ExpectedValid, Generic.Value.VerifySignature(vector.Request(), [vector.Secret], vector.Now(), []));
    }
}
