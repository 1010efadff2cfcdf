using Hub.IntegrationTests.Infrastructure;

namespace Hub.IntegrationTests.Consent;

public sealed class SqliteQuietHoursTests(SqliteDatabase database) : QuietHoursTests(database), IClassFixture<SqliteDatabase>;
