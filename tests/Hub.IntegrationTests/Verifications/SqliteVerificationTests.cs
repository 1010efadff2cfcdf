using Hub.IntegrationTests.Infrastructure;

namespace Hub.IntegrationTests.Verifications;

public sealed class SqliteVerificationTests(SqliteDatabase database) : VerificationTests(database), IClassFixture<SqliteDatabase>;
