using Hub.IntegrationTests.Infrastructure;

namespace Hub.IntegrationTests.Sandbox;

public sealed class SqliteSandboxHandsetTests(SqliteDatabase database) : SandboxHandsetTests(database), IClassFixture<SqliteDatabase>;
