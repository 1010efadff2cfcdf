using System.Text.Json;
using System.Text.Json.Nodes;
using Hub.Workflows;
using Json.Schema;

namespace Hub.Tests.Workflows;

/// <summary>The published JSON Schema accepts what the reader accepts (every sample) and refuses what it refuses.</summary>
public sealed class WorkflowSchemaTests
{
    private static readonly JsonSchema Schema = JsonSchema.FromText(WorkflowSchema.Text, new BuildOptions { SchemaRegistry = new SchemaRegistry() });

    public static TheoryData<string> Samples() => [.. Directory.EnumerateFiles(RepoPaths.Workflows, "*.yaml").Select(f => Path.GetFileName(f))];

    [Theory]
    [MemberData(nameof(Samples))]
    public void Every_sample_validates_against_the_schema(string file)
    {
        var result = Evaluate(File.ReadAllText(Path.Combine(RepoPaths.Workflows, file)));

        Assert.True(result.IsValid, $"{file}: {Describe(result)}");
    }

    [Theory]
    [InlineData("an unknown step kind", "steps:\n  - sned: { template: t, channels: [sms] }")]
    [InlineData("an unknown channel", "steps:\n  - send: { template: t, channels: [pigeon] }")]
    [InlineData("an unknown top-level key", "stesp: []\nsteps:\n  - end:")]
    [InlineData("no steps", "steps: []")]
    [InlineData("two kinds in one step", "steps:\n  - send: { template: t, channels: [sms] }\n    delay: 1h")]
    [InlineData("a delay with for and until", "steps:\n  - delay: { for: 1h, until: event.time }")]
    [InlineData("a duration without a unit", "steps:\n  - delay: { for: \"90\" }")]
    [InlineData("on_timeout without a timeout", "steps:\n  - wait_for: { event: message.received }\n    on_timeout:\n      - end: no-answer")]
    [InlineData("an if without then", "steps:\n  - if: event.data.x > 1")]
    [InlineData("a variable name with a dash", "steps:\n  - set: { first-name: contact.firstName }")]
    [InlineData("a GET with a body", "steps:\n  - http: { url: \"https://crm.example.com/x\", body: \"hi\" }")]
    [InlineData("an Authorization header", "steps:\n  - http: { method: POST, url: \"https://crm.example.com/x\", headers: { Authorization: x } }")]
    [InlineData("a throttle without a window", "steps:\n  - throttle: { key: contact.id, limit: 1 }")]
    [InlineData("a digest with an unknown field", "steps:\n  - digest: { key: contact.id, window: 30m, size: 10 }")]
    [InlineData("a retry with no tries", "steps:\n  - send: { template: t, channels: [sms] }\n    retry: { attempts: 0 }")]
    [InlineData("a retry with an unknown field", "steps:\n  - send: { template: t, channels: [sms] }\n    retry: { tries: 3 }")]
    public void A_wrong_workflow_does_not_validate(string because, string steps)
    {
        var result = Evaluate($"id: wrong\ntrigger: order.created\n{steps}\n");

        Assert.False(result.IsValid, because);
    }

    [Fact]
    public void The_schema_accepts_the_http_digest_and_throttle_steps()
    {
        var result = Evaluate("""
            id: all-kinds
            trigger: order.created
            steps:
              - id: lookup
                http:
                  method: POST
                  url: "https://crm.example.com/contacts/{{ contact.id }}"
                  headers: { X-Request-Id: "{{ event.id }}" }
                  body: { orderId: event.data.order.id }
                  timeout: 10s
                  retries: 2
                  auth: { bearer: "{{ vars.token }}" }
              - digest: { key: contact.id, window: 30m }
              - throttle: { key: contact.id, limit: 1, per: 24h }
                retry: { attempts: 3, backoff: 30s, max_backoff: 10m }
            """);

        Assert.True(result.IsValid, Describe(result));
    }

    [Fact]
    public void Each_step_kind_of_the_reader_has_a_schema_entry()
    {
        var defs = WorkflowSchema.Document["$defs"]!.AsObject();
        var kinds = defs["step"]!["oneOf"]!.AsArray()
            .Select(r => ((string)r!["$ref"]!).Split('/')[^1])
            .SelectMany(name => defs[name]!["required"]!.AsArray().Select(k => (string)k!))
            .ToHashSet(StringComparer.Ordinal);

        Assert.All(WorkflowValidation.StepKindNames, kind => Assert.Contains(kind, kinds));
    }

    [Fact]
    public void The_schema_names_its_dialect_and_id()
    {
        Assert.Equal("https://json-schema.org/draft/2020-12/schema", (string?)WorkflowSchema.Document["$schema"]);
        Assert.Equal(WorkflowSchema.Id, (string?)WorkflowSchema.Document["$id"]);
    }

    private static EvaluationResults Evaluate(string yaml)
    {
        using var document = JsonDocument.Parse(YamlAsJson.Convert(yaml)!.ToJsonString());
        return Schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
    }

    private static string Describe(EvaluationResults result) =>
        string.Join("; ", (result.Details ?? []).Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}")).Take(10));
}
