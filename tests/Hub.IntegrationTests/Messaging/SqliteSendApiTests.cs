using Hub.IntegrationTests.Infrastructure;

namespace Hub.IntegrationTests.Messaging;

public sealed class SqliteSendApiTests(SqliteDatabase database) : SendApiTests(database), IClassFixture<SqliteDatabase>;
