using Hub.IntegrationTests.Infrastructure;

namespace Hub.IntegrationTests.Workflows;

public sealed class SqliteWorkflowExportImportTests(SqliteDatabase database) : WorkflowExportImportTests(database), IClassFixture<SqliteDatabase>;
