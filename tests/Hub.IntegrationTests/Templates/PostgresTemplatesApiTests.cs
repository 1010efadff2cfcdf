using Hub.IntegrationTests.Infrastructure;

namespace Hub.IntegrationTests.Templates;

[Collection(PostgresMessagingCollection.Name)]
public sealed class PostgresTemplatesApiTests(PostgresFixture fixture) : TemplatesApiTests(new PostgresDatabase(fixture));
