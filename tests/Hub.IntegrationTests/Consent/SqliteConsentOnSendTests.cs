using Hub.IntegrationTests.Infrastructure;

namespace Hub.IntegrationTests.Consent;

public sealed class SqliteConsentOnSendTests(SqliteDatabase database) : ConsentOnSendTests(database), IClassFixture<SqliteDatabase>;
