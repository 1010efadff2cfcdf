using Hub.IntegrationTests.Infrastructure;

namespace Hub.IntegrationTests.Workflows;

[Collection(PostgresWorkflowsCollection.Name)]
public sealed class PostgresWorkflowExportImportTests(PostgresFixture fixture) : WorkflowExportImportTests(new PostgresDatabase(fixture));
