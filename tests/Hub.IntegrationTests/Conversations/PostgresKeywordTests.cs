using Hub.IntegrationTests.Infrastructure;

namespace Hub.IntegrationTests.Conversations;

[Collection(PostgresContactsCollection.Name)]
public sealed class PostgresKeywordTests(PostgresFixture fixture) : KeywordTests(new PostgresDatabase(fixture));
