using Hub.IntegrationTests.Infrastructure;

namespace Hub.IntegrationTests.Conversations;

public sealed class SqliteConversationTests(SqliteDatabase database) : ConversationTests(database), IClassFixture<SqliteDatabase>;
