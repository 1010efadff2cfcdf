using Hub.IntegrationTests.Infrastructure;

namespace Hub.IntegrationTests.Providers;

[Collection(PostgresMessagingCollection.Name)]
public sealed class PostgresWebhookProviderTests(PostgresFixture fixture) : WebhookProviderTests(new PostgresDatabase(fixture));
