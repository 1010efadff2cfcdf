using Hub.IntegrationTests.Infrastructure;

namespace Hub.IntegrationTests.Access;

public sealed class SqliteAuditTests(SqliteDatabase database) : AuditTests(database), IClassFixture<SqliteDatabase>;
