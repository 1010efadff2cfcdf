using Hub.Connectors;

namespace Hub.Tests.Connectors.Engine;

/// <summary><c>deduplicate: false</c>: sources without delivery ids whose identical bodies can be distinct events.</summary>
public sealed class DeduplicateTests : IDisposable
{
    private const string Spec = """
        type: acme
        name: Acme
        format: form
        verify: { scheme: none }
        deduplicate: false
        event_type: body.action
        routes:
          rescheduled:
            emit: appointment.rescheduled
            subject: body.id
            data:
              appointment: { id: body.id, start: '"2026-03-01T10:00:00+01:00"' }
        """;

    private readonly TempSpecDirectory _specs = new();

    public void Dispose() => _specs.Dispose();

    [Fact]
    public async Task Identical_bodies_stored_under_different_ids_become_different_events()
    {
        var acme = _specs.Load("acme", Spec);
        Assert.False(acme.Deduplicates);
        var request = TestRequests.Of("action=rescheduled&id=7", ("Content-Type", "application/x-www-form-urlencoded"));

        var first = await acme.NormalizeRequestAsync(request, new ConnectorContext("c", [], StoredDeliveryId: "unique:1"));
        var second = await acme.NormalizeRequestAsync(request, new ConnectorContext("c", [], StoredDeliveryId: "unique:2"));
        var retried = await acme.NormalizeRequestAsync(request, new ConnectorContext("c", [], StoredDeliveryId: "unique:1"));

        Assert.NotEqual(Assert.Single(first.Events).Id, Assert.Single(second.Events).Id);
        Assert.Equal(first.Events[0].Id, Assert.Single(retried.Events).Id);
    }

    [Fact]
    public void A_delivery_id_and_no_deduplication_contradict_each_other()
    {
        var error = Assert.Throws<ConnectorSpecException>(() => _specs.Load("acme", Spec.Replace("deduplicate: false", "deduplicate: false\ndelivery_id: body.id", StringComparison.Ordinal)));
        Assert.Contains(error.Errors, e => e.Field == "deduplicate");
    }
}
