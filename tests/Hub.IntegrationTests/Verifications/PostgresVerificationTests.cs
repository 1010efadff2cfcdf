using Hub.IntegrationTests.Infrastructure;

namespace Hub.IntegrationTests.Verifications;

[Collection(PostgresMessagingCollection.Name)]
public sealed class PostgresVerificationTests(PostgresFixture fixture) : VerificationTests(new PostgresDatabase(fixture));
