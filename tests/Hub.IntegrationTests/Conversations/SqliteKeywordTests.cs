using Hub.IntegrationTests.Infrastructure;

namespace Hub.IntegrationTests.Conversations;

public sealed class SqliteKeywordTests(SqliteDatabase database) : KeywordTests(database), IClassFixture<SqliteDatabase>;
