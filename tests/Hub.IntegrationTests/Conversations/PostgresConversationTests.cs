using Hub.IntegrationTests.Infrastructure;

namespace Hub.IntegrationTests.Conversations;

[Collection(PostgresContactsCollection.Name)]
public sealed class PostgresConversationTests(PostgresFixture fixture) : ConversationTests(new PostgresDatabase(fixture));
