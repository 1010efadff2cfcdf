using System.Text.Json.Nodes;
using Hub.Workflows;

namespace Hub.Tests.Workflows;

/// <summary>The JSON notation reads as the same model as the YAML, and untrusted text cannot make the reader dig.</summary>
public sealed class WorkflowJsonTests
{
    [Fact]
    public void A_sample_written_in_json_reads_as_the_same_workflow()
    {
        var yaml = File.ReadAllText(Path.Combine(RepoPaths.Workflows, "appointment-reminder.yaml"));
        var fromYaml = WorkflowValidation.Read(yaml, "a.yaml").Definition!;

        var fromJson = WorkflowValidation.Read(WorkflowJson.ToYaml(YamlAsJson.Convert(yaml)), "a.json");

        Assert.True(fromJson.IsValid, string.Join("; ", fromJson.Errors));
        var definition = fromJson.Definition!;
        Assert.Equal(fromYaml.Id, definition.Id);
        Assert.Equal(fromYaml.Trigger.EventType, definition.Trigger.EventType);
        Assert.Equal(fromYaml.Steps.Select(s => (s.Id, s.Kind)), definition.Steps.Select(s => (s.Id, s.Kind)));
        Assert.Equal(fromYaml.RestartOn.Select(r => r.EventType), definition.RestartOn.Select(r => r.EventType));
    }

    [Fact]
    public void Json_strings_stay_strings()
    {
        var json = JsonNode.Parse("""{"id": "a", "name": "true", "trigger": "order.created", "steps": [{"end": "null"}]}""");

        var definition = WorkflowValidation.Read(WorkflowJson.ToYaml(json), "a.json").Definition!;

        Assert.Equal("true", definition.Name);
        Assert.Equal("null", Assert.IsType<EndStep>(Assert.Single(definition.Steps)).Reason);
    }

    [Fact]
    public void Json_errors_name_the_field()
    {
        var json = JsonNode.Parse("""{"id": "a", "trigger": "order.created", "steps": [{"send": {"template": "t", "channels": ["pigeon"]}}]}""");

        var error = Assert.Single(WorkflowValidation.Read(WorkflowJson.ToYaml(json), "a.json").Errors);

        Assert.Equal("steps[0].send.channels[0]", error.Field);
        Assert.True(error.Line > 0);
    }

    [Fact]
    public void Deep_nesting_is_refused_before_the_tree_is_built()
    {
        var error = Assert.Single(WorkflowValidation.Read("id: a\nx: " + new string('[', 100_000), "deep.yaml").Errors);

        Assert.Contains("nests more than", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Aliases_are_refused()
    {
        var yaml = "id: a\ntrigger: order.created\nsteps:\n  - &s { end: x }\n  - *s\n";

        var error = Assert.Single(WorkflowValidation.Read(yaml, "alias.yaml").Errors);

        Assert.Equal(5, error.Line);
        Assert.Contains("aliases", error.Message, StringComparison.Ordinal);
    }
}
