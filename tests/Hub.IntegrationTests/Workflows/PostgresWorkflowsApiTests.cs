using Hub.IntegrationTests.Infrastructure;

namespace Hub.IntegrationTests.Workflows;

[Collection(PostgresCollection.Name)]
public sealed class PostgresWorkflowsApiTests(PostgresFixture fixture) : WorkflowsApiTests(new PostgresDatabase(fixture));
