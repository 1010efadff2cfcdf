using Hub.Events;
using Hub.Workflows;

namespace Hub.Tests.Workflows;

/// <summary>Expressions that read fields the event's schema does not declare are reported on load, with line and field.</summary>
public sealed class EventFieldReferenceTests : IDisposable
{
    private readonly TempSpecDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private IReadOnlyList<SpecError> Check(string yaml)
    {
        _dir.Write("w.yaml", yaml);
        return WorkflowCatalog.LoadDirectory(_dir.Path).CheckEventFields(EventCatalog.Default.DeclaresField);
    }

    [Fact]
    public void A_misspelt_field_is_reported_where_it_is_read()
    {
        var errors = Check("""
            id: w
            trigger: appointment.booked
            steps:
              - id: wait
                delay:
                  until: appointment.strat
                  offset: -24h
            """);

        var error = Assert.Single(errors);
        Assert.Equal(4, error.Line);
        Assert.Equal("steps[0].delay.until", error.Field);
        Assert.Contains("'appointment.strat' is not a field of appointment.booked", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Declared_fields_in_every_spelling_pass()
    {
        var errors = Check("""
            id: w
            trigger:
              event: appointment.booked
              when: contact.phone != null && event.data.appointment.start != null
            correlate: event.data.appointment.id
            cancel_on:
              - event: appointment.cancelled
                match: event.data.appointment.cancelReason != "test"
            steps:
              - set: { who: contact.firstName ?? "there", when: appointment.start | date.parse, from: vars.who }
              - if: steps.set.who == "x" && now != null && workflow.id == "w" && event.type == "appointment.booked"
                then:
                  - end: odd
              - delay: { until: appointment.start }
            """);

        Assert.Empty(errors);
    }

    [Fact]
    public void A_wait_for_condition_is_checked_against_the_event_it_waits_for()
    {
        var errors = Check("""
            id: w
            trigger: order.created
            correlate: contact.phone
            steps:
              - id: answer
                wait_for:
                  event: message.received
                  key: event.data.message.from
                  match: event.data.message.text == "YES" || event.data.message.txt == "YES"
                  timeout: 12h
            """);

        var error = Assert.Single(errors);
        Assert.Equal("steps[0].wait_for.match", error.Field);
        Assert.Contains("'event.data.message.txt' is not a field of message.received", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_rule_key_is_checked_against_its_own_event_type()
    {
        var errors = Check("""
            id: w
            trigger: appointment.booked
            correlate: event.data.appointment.id
            restart_on:
              - event: appointment.rescheduled
                key: event.data.appointment.previousIdd
            steps:
              - end:
            """);

        var error = Assert.Single(errors);
        Assert.Equal("restart_on[0].key", error.Field);
        Assert.Equal(5, error.Line); // where the rule starts
    }
}
