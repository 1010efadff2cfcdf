using Hub.Workflows;

namespace Hub.Tests.Workflows;

public sealed class WorkflowValidationTests : IDisposable
{
    private readonly TempSpecDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private SpecError SingleError(string yaml)
    {
        var file = _dir.Write("broken.yaml", yaml);
        var error = Assert.Single(WorkflowCatalog.Validate(_dir.Path));
        Assert.Equal(file, error.File);
        return error;
    }

    private static void AssertAt(SpecError error, int line, string field, string messagePart)
    {
        Assert.Equal(line, error.Line);
        Assert.Equal(field, error.Field);
        Assert.Contains(messagePart, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_step_kind_is_reported_with_its_line()
    {
        var error = SingleError("""
            id: a
            trigger: order.created
            steps:
              - id: confirm
                sned: { template: t, channels: [sms] }
            """);

        AssertAt(error, 5, "steps[0].sned", "Unknown step kind 'sned'; expected one of: send");
    }

    [Fact]
    public void A_delay_with_both_for_and_until_is_rejected()
    {
        var error = SingleError("""
            id: a
            trigger: order.created
            steps:
              - delay: { for: 1h, until: event.time }
            """);

        AssertAt(error, 4, "steps[0].delay", "either 'for'");
    }

    [Fact]
    public void An_unknown_channel_is_reported_with_its_line()
    {
        var error = SingleError("""
            id: a
            trigger: order.created
            steps:
              - send:
                  template: t
                  channels:
                    - sms
                    - pigeon
            """);

        AssertAt(error, 8, "steps[0].send.channels[1]", "Unknown channel 'pigeon'");
    }

    [Fact]
    public void A_bad_expression_is_reported_with_its_line()
    {
        var error = SingleError("""
            id: a
            trigger:
              event: order.created
              when: event.data.order.total >
            steps:
              - send: { template: t, channels: [sms] }
            """);

        AssertAt(error, 4, "trigger.when", "event.data.order.total >");
    }

    [Fact]
    public void A_bad_recipient_expression_is_reported_with_its_line()
    {
        var error = SingleError("""
            id: a
            trigger: order.created
            steps:
              - send:
                  template: t
                  channels: [sms]
                  to: contact.phone |
            """);

        AssertAt(error, 7, "steps[0].send.to", "contact.phone |");
    }

    [Fact]
    public void Duplicate_step_ids_are_reported_at_the_second()
    {
        var error = SingleError("""
            id: a
            trigger: order.created
            steps:
              - id: confirm
                send: { template: t, channels: [sms] }
              - id: confirm
                send: { template: t, channels: [email] }
            """);

        AssertAt(error, 6, "steps[1].id", "already used at line 4");
    }

    [Fact]
    public void Duplicate_workflow_ids_across_files_are_reported_at_the_second_file()
    {
        var first = _dir.Write("a.yaml", "id: same\ntrigger: order.created\nsteps:\n  - send: { template: t, channels: [sms] }\n");
        var second = _dir.Write("b.yaml", "# copy\nid: same\ntrigger: order.paid\nsteps:\n  - send: { template: t, channels: [sms] }\n");

        var error = Assert.Single(WorkflowCatalog.Validate(_dir.Path));

        Assert.Equal(second, error.File);
        AssertAt(error, 2, "id", first);
    }

    [Fact]
    public void Unknown_and_missing_keys_are_all_reported_at_once()
    {
        _dir.Write("a.yaml", """
            name: No id
            trigger:
              event: order.created
              if: true
            correlate: event.data.order.id
            colour: blue
            """);

        var errors = WorkflowCatalog.Validate(_dir.Path);

        Assert.Contains(errors, e => e is { Line: 4, Field: "trigger.if" } && e.Message.Contains("Unknown key 'if'", StringComparison.Ordinal));
        Assert.Contains(errors, e => e is { Line: 6, Field: "colour" });
        Assert.Contains(errors, e => e is { Field: "id" } && e.Message.Contains("required", StringComparison.Ordinal));
        Assert.Contains(errors, e => e is { Field: "steps" } && e.Message.Contains("required", StringComparison.Ordinal));
        Assert.Equal(4, errors.Count);
    }

    [Fact]
    public void A_step_with_two_kinds_is_rejected()
    {
        var error = SingleError("""
            id: a
            trigger: order.created
            steps:
              - send: { template: t, channels: [sms] }
                delay: { for: 1h }
            """);

        AssertAt(error, 5, "steps[0]", "send and delay");
    }

    [Fact]
    public void Invalid_yaml_is_reported_with_a_line()
    {
        var error = SingleError("id: a\ntrigger: order.created\nsteps:\n  - send: { template: t, channels: [sms }\n");

        Assert.Equal(4, error.Line);
        Assert.Contains("Not valid YAML", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Loading_a_broken_directory_throws_every_error()
    {
        _dir.Write("a.yaml", "id: a\ntrigger: order.created\nsteps:\n  - send: { template: t, channels: [fax] }\n");
        _dir.Write("b.yaml", "id: b\ntrigger: order created\nsteps: []\n");

        var ex = Assert.Throws<WorkflowSpecException>(() => WorkflowCatalog.LoadDirectory(_dir.Path));

        Assert.Equal(3, ex.Errors.Count);
        Assert.Contains("a.yaml(4): steps[0].send.channels[0]: Unknown channel 'fax'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("b.yaml(2): trigger:", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_directory_is_an_error_not_an_empty_catalog()
    {
        var error = Assert.Single(WorkflowCatalog.Validate(Path.Combine(_dir.Path, "nope")));

        Assert.Contains("does not exist", error.Message, StringComparison.Ordinal);
    }
}
