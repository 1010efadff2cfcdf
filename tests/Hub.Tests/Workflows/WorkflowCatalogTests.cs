using Hub.Templates;
using Hub.Workflows;

namespace Hub.Tests.Workflows;

public sealed class WorkflowCatalogTests
{
    private static readonly WorkflowCatalog Samples = WorkflowCatalog.LoadDirectory(RepoPaths.Workflows);

    [Fact]
    public void The_sample_workflow_loads_with_its_send_step()
    {
        var workflow = Samples.Find("order-confirmation");

        Assert.NotNull(workflow);
        Assert.Equal("Order confirmation", workflow.Name);
        Assert.Equal("order.created", workflow.Trigger.EventType);
        Assert.NotNull(workflow.Trigger.When);
        Assert.Matches("^[0-9a-f]{12}$", workflow.Version);
        var send = Assert.IsType<SendStep>(Assert.Single(workflow.Steps));
        Assert.Equal("confirm", send.Id);
        Assert.Equal("send", send.Kind);
        Assert.Equal("order-confirmation", send.Template);
        Assert.Equal(["sms", "email"], send.Channels);
        Assert.Null(send.To);
    }

    [Fact]
    public void An_order_with_a_phone_triggers_the_confirmation()
    {
        var triggered = Samples.Triggered(SampleEvents.OrderCreated());

        Assert.Equal("order-confirmation", Assert.Single(triggered).Id);
    }

    [Fact]
    public void An_order_with_only_an_email_triggers_the_confirmation()
    {
        var e = SampleEvents.OrderCreated("""{"order": {"id": "1"}, "contact": {"email": "ada@example.com"}}""");

        Assert.Single(Samples.Triggered(e));
    }

    [Fact]
    public void Another_event_type_triggers_nothing()
    {
        Assert.Empty(Samples.Triggered(SampleEvents.Create("order.updated", SampleEvents.OrderData)));
    }

    [Fact]
    public void A_false_condition_triggers_nothing()
    {
        var e = SampleEvents.OrderCreated("""{"order": {"id": "1"}, "contact": {"firstName": "Ada"}}""");

        Assert.Empty(Samples.Triggered(e));
        // Every sample on order.created (confirmation, reply to confirm) listens, and none starts or errs.
        var matches = Samples.Match(e);
        Assert.Contains(matches, m => m.Workflow.Id == "order-confirmation");
        Assert.All(matches, match =>
        {
            Assert.False(match.IsTriggered);
            Assert.Null(match.Error);
        });
    }

    [Fact]
    public void An_event_without_a_contact_does_not_fail_the_condition()
    {
        Assert.Empty(Samples.Triggered(SampleEvents.OrderCreated("""{"order": {"id": "1"}}""")));
    }

    [Fact]
    public void A_condition_that_fails_skips_only_its_own_workflow_and_says_why()
    {
        using var dir = new TempSpecDirectory();
        dir.Write("a.yaml", "id: a\ntrigger: { event: order.created, when: event.data.order.total / 0 > 1 }\nsteps:\n  - send: { template: t, channels: [sms] }\n");
        dir.Write("b.yaml", "id: b\ntrigger: { event: order.created, when: workflow.id == 'b' }\nsteps:\n  - send: { template: t, channels: [sms] }\n");
        var catalog = WorkflowCatalog.LoadDirectory(dir.Path);

        var matches = catalog.Match(SampleEvents.OrderCreated());

        Assert.Equal("b", Assert.Single(catalog.Triggered(SampleEvents.OrderCreated())).Id);
        var failed = Assert.Single(matches, m => m.Workflow.Id == "a");
        Assert.False(failed.IsTriggered);
        Assert.Contains("divide by zero", failed.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_sample_send_step_names_a_template_with_its_channels()
    {
        var templates = TemplateCatalog.LoadDirectory(RepoPaths.Templates);

        Assert.Empty(Samples.CheckTemplates(id => templates.Find(id)?.Channels));
    }

    [Fact]
    public void A_missing_template_or_variant_is_reported_at_the_step()
    {
        var errors = Samples.CheckTemplates(id => id == "order-confirmation" ? ["sms"] : null)
            .Where(e => e.File.EndsWith("order-confirmation.yaml", StringComparison.Ordinal)).ToList();

        var error = Assert.Single(errors, e => e.File.EndsWith("order-confirmation.yaml", StringComparison.Ordinal));
        Assert.EndsWith("order-confirmation.yaml", error.File, StringComparison.Ordinal);
        Assert.Equal(Samples.Find("order-confirmation")!.Steps[0].Line, error.Line);
        Assert.Equal("steps[0].send.channels", error.Field);
        Assert.Contains("email", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_version_is_a_stable_hash_of_the_content()
    {
        using var dir = new TempSpecDirectory();
        const string Yaml = "id: a\ntrigger: order.created\nsteps:\n  - send: { template: t, channels: [sms] }\n";
        dir.Write("a.yaml", Yaml);
        var first = WorkflowCatalog.LoadDirectory(dir.Path).Find("a")!.Version;
        dir.Write("a.yaml", Yaml.Replace("\n", "\r\n", StringComparison.Ordinal));
        var crlf = WorkflowCatalog.LoadDirectory(dir.Path).Find("a")!.Version;
        dir.Write("a.yaml", Yaml.Replace("[sms]", "[email]", StringComparison.Ordinal));
        var edited = WorkflowCatalog.LoadDirectory(dir.Path).Find("a")!.Version;

        Assert.Equal(first, crlf);
        Assert.NotEqual(first, edited);
    }

    [Fact]
    public void Shorthand_forms_load_and_steps_without_ids_are_numbered()
    {
        using var dir = new TempSpecDirectory();
        dir.Write("a.yaml", """
            id: a
            trigger: order.created
            steps:
              - send: { template: t, channels: sms }
              - send: { template: t, channels: [email], to: event.data.billing.email }
            """);

        var workflow = WorkflowCatalog.LoadDirectory(dir.Path).Find("a")!;

        Assert.Equal("a", workflow.Name);
        Assert.Null(workflow.Trigger.When);
        Assert.Equal(["step-1", "step-2"], workflow.Steps.Select(s => s.Id));
        Assert.Equal([4, 5], workflow.Steps.Select(s => s.Line));
        Assert.Equal(["sms"], ((SendStep)workflow.Steps[0]).Channels);
        Assert.Equal("event.data.billing.email", ((SendStep)workflow.Steps[1]).To!.Text);
    }

    [Fact]
    public void Only_yaml_files_directly_in_the_directory_are_workflows()
    {
        Assert.All(Samples.All, w => Assert.DoesNotContain("templates", w.File!, StringComparison.Ordinal));
    }
}
