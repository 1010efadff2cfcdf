using Hub.IntegrationTests.Infrastructure;

namespace Hub.IntegrationTests.Access;

[Collection(PostgresAccessCollection.Name)]
public sealed class PostgresAuditTests(PostgresFixture fixture) : AuditTests(new PostgresDatabase(fixture));
