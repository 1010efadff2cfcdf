using Hub.IntegrationTests.Infrastructure;

namespace Hub.IntegrationTests.Users;

[Collection(PostgresAccessCollection.Name)]
public sealed class PostgresSignInTests(PostgresFixture fixture) : SignInTests(new PostgresDatabase(fixture));
