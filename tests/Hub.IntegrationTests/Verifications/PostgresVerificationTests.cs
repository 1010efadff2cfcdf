using Hub.IntegrationTests.Infrastructure;

namespace Hub.IntegrationTests.Verifications;

[Collection(PostgresCollection.Name)]
public sealed class PostgresVerificationTests(PostgresFixture fixture) : VerificationTests(new PostgresDatabase(fixture));
