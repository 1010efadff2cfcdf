using Hub.IntegrationTests.Infrastructure;

namespace Hub.IntegrationTests.Access;

[Collection(PostgresAccessCollection.Name)]
public sealed class PostgresApiKeyTests(PostgresFixture fixture) : ApiKeyTests(new PostgresDatabase(fixture));
