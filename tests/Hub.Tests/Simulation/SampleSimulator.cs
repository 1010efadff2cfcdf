using System.Text.Json.Nodes;
using Hub.Events;
using Hub.Templates;
using Hub.Workflows;
using Hub.Workflows.Simulation;

namespace Hub.Tests.Simulation;

/// <summary>Simulates the shipped samples from request bodies as the API receives them, so the reader is tested too.</summary>
internal static class SampleSimulator
{
    /// <summary>The start of every sample run: a Monday morning in March (Oslo is UTC+1).</summary>
    public static readonly DateTimeOffset T0 = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    private static readonly Lazy<WorkflowCatalog> Workflows = new(() => WorkflowCatalog.LoadDirectory(RepoPaths.Workflows));
    private static readonly Lazy<TemplateCatalog> Templates = new(() => TemplateCatalog.LoadDirectory(RepoPaths.Templates));

    public static WorkflowSimulator Simulator => new(Templates.Value);

    public static Task<SimulationResult> RunAsync(string workflowId, string bodyJson)
    {
        var body = JsonNode.Parse(bodyJson)!.AsObject();
        var workflow = Workflows.Value.Find(workflowId) ?? throw new InvalidOperationException($"No sample '{workflowId}'.");
        var errors = new Dictionary<string, string[]>();
        var request = SimulationRequestReader.Read(body, workflow, null, T0, EventCatalog.Default, errors)
            ?? throw new InvalidOperationException(string.Join("; ", errors.Select(e => $"{e.Key}: {string.Join(" ", e.Value)}")));
        return Simulator.RunAsync(request);
    }

    /// <summary>The timeline as "step kind outcome @ offset from T0", easy to compare as a whole.</summary>
    public static List<string> Lines(SimulationResult result) =>
        [.. result.Timeline.Select(s => $"{s.StepId ?? "-"} {s.Kind} {s.Outcome} @{Offset(s.At)}")];

    public static string Offset(DateTimeOffset at)
    {
        var span = at - T0;
        return span == TimeSpan.Zero ? "0" : span.ToString(span.TotalDays >= 1 ? @"d\.hh\:mm" : @"hh\:mm", System.Globalization.CultureInfo.InvariantCulture);
    }
}
