using Hub.Events;
using Hub.Templates;
using Hub.Workflows;

namespace Hub.Tests.Workflows;

/// <summary>Templates that send steps name are checked against the schema of their workflow's trigger event.</summary>
public sealed class TemplateFieldCheckTests : IDisposable
{
    private readonly TempSpecDirectory _workflows = new();
    private readonly TempSpecDirectory _templates = new();

    public void Dispose()
    {
        _workflows.Dispose();
        _templates.Dispose();
    }

    private IReadOnlyList<SpecError> Check()
    {
        var templates = TemplateCatalog.LoadDirectory(_templates.Path);
        return WorkflowCatalog.LoadDirectory(_workflows.Path)
            .CheckTemplateFields(id => templates.Find(id)?.Reads, EventCatalog.Default.DeclaresField);
    }

    [Fact]
    public void The_sample_templates_read_only_fields_of_their_workflows_events()
    {
        var templates = TemplateCatalog.LoadDirectory(RepoPaths.Templates);

        var errors = WorkflowCatalog.LoadDirectory(RepoPaths.Workflows)
            .CheckTemplateFields(id => templates.Find(id)?.Reads, EventCatalog.Default.DeclaresField);

        Assert.Empty(errors);
    }

    [Fact]
    public void A_field_the_trigger_event_does_not_have_is_an_error_naming_file_line_column_and_field()
    {
        _workflows.Write("greet.yaml", """
            id: greet
            trigger:
              event: order.created
            steps:
              - send:
                  template: greeting
                  channels: [sms]
            """);
        var file = _templates.Write("greeting.yaml", """
            id: greeting
            sms:
              en: |
                Hi {{ contact.firstName ?? 'there' }},
                order {{ order.numbr }} for {{ contact.frstName }}.
            """);

        var errors = Check();

        Assert.Equal(2, errors.Count);
        Assert.All(errors, e => Assert.Equal(file, e.File));
        Assert.All(errors, e => Assert.Equal(5, e.Line));
        Assert.All(errors, e => Assert.Equal("sms.en", e.Field));
        Assert.Contains("'order.numbr' (line 5, column 14) is not a field of order.created events", errors[0].Message, StringComparison.Ordinal);
        Assert.Contains("workflow 'greet' sends template 'greeting' on (steps[0])", errors[0].Message, StringComparison.Ordinal);
        Assert.Contains("'contact.frstName' (line 5, column 36)", errors[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Names_the_template_binds_itself_and_the_scopes_own_names_are_not_event_fields()
    {
        _workflows.Write("items.yaml", """
            id: items
            trigger:
              event: order.created
            steps:
              - send:
                  template: items
                  channels: [sms]
            """);
        _templates.Write("items.yaml", """
            id: items
            sms:
              en: "{{ for item in order.items }}{{ item.name }}{{ end }}{{ total = order.total }}{{ total }} {{ workflow.id }} {{ now }} {{ vars.x ?? '' }}"
            """);

        Assert.Empty(Check());
    }
}
