using Hub.IntegrationTests.Infrastructure;

namespace Hub.IntegrationTests.Providers;

[Collection(PostgresCollection.Name)]
public sealed class PostgresWebhookProviderTests(PostgresFixture fixture) : WebhookProviderTests(new PostgresDatabase(fixture));
