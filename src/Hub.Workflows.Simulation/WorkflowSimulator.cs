using Hub.Templates;
using Hub.Workflows.Simulation.Internals;
using Microsoft.Data.Sqlite;

namespace Hub.Workflows.Simulation;

/// <summary>
/// Runs a workflow version against a sample event with the engine's own code on a virtual clock, in a throwaway
/// in-memory database, sending nothing: delays are fast-forwarded, <c>wait_for</c> is answered by the follow-up
/// events or times out, HTTP calls are answered by stubs. Each run is independent; runs may go on in parallel.
/// </summary>
public sealed class WorkflowSimulator(ITemplateCatalog templates)
{
    public async Task<SimulationResult> RunAsync(SimulationRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var clock = new VirtualClock(request.Event.Time);
        var http = new StubbedHttpHandler(request.HttpStubs, clock);
        // One connection held open for the whole run: an in-memory database lives as long as its connection.
        await using var connection = new SqliteConnection("Data Source=:memory:");
        await connection.OpenAsync(cancellationToken);
        await using var services = SimulationContainer.Build(connection, clock, templates, http);
        var run = new SimulationRun(services, clock);
        var startedAt = clock.GetUtcNow();
        await run.InitializeAsync(request.Workflow, cancellationToken);
        var outcome = await run.RunAsync(request.Event, request.FollowUps, startedAt + request.Horizon, cancellationToken);
        return await SimulationReport.ReadAsync(services, request.Workflow, startedAt, clock.GetUtcNow(), outcome, http.Calls, cancellationToken);
    }
}
