using Hub.IntegrationTests.Infrastructure;

namespace Hub.IntegrationTests.Sandbox;

[Collection(PostgresMessagingCollection.Name)]
public sealed class PostgresSandboxHandsetTests(PostgresFixture fixture) : SandboxHandsetTests(new PostgresDatabase(fixture));
