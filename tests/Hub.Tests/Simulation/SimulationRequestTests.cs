using System.Text.Json.Nodes;
using Hub.Events;
using Hub.Workflows;
using Hub.Workflows.Simulation;
using static Hub.Tests.Simulation.SampleSimulator;

namespace Hub.Tests.Simulation;

public sealed class SimulationRequestTests
{
    private const string Draft = """
        id: draft-flow
        trigger: order.created
        steps:
          - id: pause
            delay: { for: 2h }
          - id: tell
            send: { template: order-confirmation, channels: [email] }
        """;

    [Fact]
    public async Task A_draft_runs_as_written()
    {
        var (workflow, errors) = WorkflowText.Read("draft-flow", Draft);
        Assert.Empty(errors);
        var result = await Simulator.RunAsync(Request(workflow!, """
            {"event": {"type": "order.created", "time": "2026-03-02T09:00:00Z", "data": {
              "order": {"id": "o-1", "number": "#7", "total": 1, "currency": "EUR"}, "contact": {"email": "a@example.com"}}}}
            """));

        Assert.Equal("tell", Assert.Single(result.Messages).StepId);
        Assert.Equal(T0.AddHours(2), result.Messages[0].At);
        Assert.Equal("a@example.com", result.Messages[0].To);
    }

    [Fact]
    public async Task A_timer_beyond_the_horizon_is_reported_as_pending()
    {
        var (workflow, _) = WorkflowText.Read("draft-flow", Draft.Replace("2h", "500d", StringComparison.Ordinal));
        var result = await Simulator.RunAsync(Request(workflow!, """
            {"event": {"type": "order.created", "data": {"order": {"id": "o-1"}, "contact": {"email": "a@example.com"}}}}
            """));

        Assert.Equal("horizon", result.Outcome);
        Assert.Equal("waiting", Assert.Single(result.Instances).Status);
        Assert.Empty(result.Messages);
    }

    [Fact]
    public async Task Runs_are_independent_and_many_in_a_row_are_fine()
    {
        var (workflow, _) = WorkflowText.Read("draft-flow", Draft);
        for (var i = 0; i < 25; i++)
        {
            var result = await Simulator.RunAsync(Request(workflow!, """
                {"event": {"type": "order.created", "data": {"order": {"id": "o-1", "number": "#7", "total": 1, "currency": "EUR"}, "contact": {"email": "a@example.com"}}}}
                """));
            Assert.Single(result.Messages);
        }
    }

    [Fact]
    public void Bad_input_is_named_field_by_field()
    {
        var (workflow, _) = WorkflowText.Read("draft-flow", Draft);
        var errors = new Dictionary<string, string[]>();
        var request = SimulationRequestReader.Read(JsonNode.Parse("""
            {"event": {"type": "appointment.booked", "data": {"appointment": {"id": "a", "start": "2026-03-10T14:00:00Z"}}},
             "followUps": [{"at": "tomorrow", "event": {"type": "order.created", "data": {}}}], "extra": 1}
            """)!.AsObject(), workflow!, null, T0, EventCatalog.Default, errors);

        Assert.Null(request);
        Assert.Contains("event.type", errors.Keys);
        Assert.Contains("followUps[0].at", errors.Keys);
        Assert.Contains("extra", errors.Keys);
    }

    private static SimulationRequest Request(WorkflowDefinition workflow, string json)
    {
        var errors = new Dictionary<string, string[]>();
        return SimulationRequestReader.Read(JsonNode.Parse(json)!.AsObject(), workflow, null, T0, EventCatalog.Default, errors)
            ?? throw new InvalidOperationException(string.Join("; ", errors.Select(e => $"{e.Key}: {string.Join(" ", e.Value)}")));
    }
}
