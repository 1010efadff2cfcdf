using Hub.IntegrationTests.Infrastructure;

namespace Hub.IntegrationTests.Workflows;

[Collection(PostgresCollection.Name)]
public sealed class PostgresWorkflowVersioningTests(PostgresFixture fixture) : WorkflowVersioningTests(new PostgresDatabase(fixture));
