using Hub.IntegrationTests.Infrastructure;

namespace Hub.IntegrationTests.Providers;

[Collection(PostgresMessagingCollection.Name)]
public sealed class PostgresReceiptFallbackTests(PostgresFixture fixture) : ReceiptFallbackTests(new PostgresDatabase(fixture));
