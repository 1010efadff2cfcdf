using Hub.IntegrationTests.Infrastructure;

namespace Hub.IntegrationTests.Workflows;

[Collection(PostgresWorkflowsCollection.Name)]
public sealed class PostgresWorkflowSimulationApiTests(PostgresFixture fixture) : WorkflowSimulationApiTests(new PostgresDatabase(fixture));
