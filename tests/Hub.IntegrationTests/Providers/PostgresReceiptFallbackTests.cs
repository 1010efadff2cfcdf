using Hub.IntegrationTests.Infrastructure;

namespace Hub.IntegrationTests.Providers;

[Collection(PostgresCollection.Name)]
public sealed class PostgresReceiptFallbackTests(PostgresFixture fixture) : ReceiptFallbackTests(new PostgresDatabase(fixture));
