using Hub.IntegrationTests.Infrastructure;

namespace Hub.IntegrationTests.Workflows;

public sealed class SqliteWorkflowsApiTests(SqliteDatabase database) : WorkflowsApiTests(database), IClassFixture<SqliteDatabase>;
