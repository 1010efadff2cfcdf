using Hub.IntegrationTests.Infrastructure;

namespace Hub.IntegrationTests.Workflows;

[Collection(PostgresCollection.Name)]
public sealed class PostgresWorkflowExportImportTests(PostgresFixture fixture) : WorkflowExportImportTests(new PostgresDatabase(fixture));
