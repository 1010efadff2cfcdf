using Hub.IntegrationTests.Infrastructure;

namespace Hub.IntegrationTests.Workflows;

[Collection(PostgresCollection.Name)]
public sealed class PostgresWorkflowSimulationApiTests(PostgresFixture fixture) : WorkflowSimulationApiTests(new PostgresDatabase(fixture));
