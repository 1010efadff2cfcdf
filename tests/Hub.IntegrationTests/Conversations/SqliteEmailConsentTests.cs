using Hub.IntegrationTests.Infrastructure;

namespace Hub.IntegrationTests.Conversations;

public sealed class SqliteEmailConsentTests(SqliteDatabase database) : EmailConsentTests(database), IClassFixture<SqliteDatabase>;
