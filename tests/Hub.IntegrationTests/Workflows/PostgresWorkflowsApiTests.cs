using Hub.IntegrationTests.Infrastructure;

namespace Hub.IntegrationTests.Workflows;

[Collection(PostgresWorkflowsCollection.Name)]
public sealed class PostgresWorkflowsApiTests(PostgresFixture fixture) : WorkflowsApiTests(new PostgresDatabase(fixture));
