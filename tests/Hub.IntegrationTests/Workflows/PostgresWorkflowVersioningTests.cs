using Hub.IntegrationTests.Infrastructure;

namespace Hub.IntegrationTests.Workflows;

[Collection(PostgresWorkflowsCollection.Name)]
public sealed class PostgresWorkflowVersioningTests(PostgresFixture fixture) : WorkflowVersioningTests(new PostgresDatabase(fixture));
