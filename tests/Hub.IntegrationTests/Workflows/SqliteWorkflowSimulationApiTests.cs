using Hub.IntegrationTests.Infrastructure;

namespace Hub.IntegrationTests.Workflows;

public sealed class SqliteWorkflowSimulationApiTests(SqliteDatabase database) : WorkflowSimulationApiTests(database), IClassFixture<SqliteDatabase>;
