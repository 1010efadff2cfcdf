using Hub.IntegrationTests.Infrastructure;

namespace Hub.IntegrationTests.Access.Limits;

[Collection(PostgresAccessCollection.Name)]
public sealed class PostgresDefaultLimitsTests(PostgresFixture fixture) : DefaultLimitsTests(new PostgresDatabase(fixture));
