using Hub.IntegrationTests.Infrastructure;

namespace Hub.IntegrationTests.Workflows;

public sealed class SqliteWorkflowVersioningTests(SqliteDatabase database) : WorkflowVersioningTests(database), IClassFixture<SqliteDatabase>;
