using Hub.IntegrationTests.Infrastructure;

namespace Hub.IntegrationTests.Workflows;

public sealed class SqliteStepKindTests(SqliteDatabase database) : StepKindTests(database), IClassFixture<SqliteDatabase>;
