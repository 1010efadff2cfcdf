using Hub.IntegrationTests.Infrastructure;

namespace Hub.IntegrationTests.Access.Limits;

[Collection(PostgresAccessCollection.Name)]
public sealed class PostgresWebhookLimitTests(PostgresFixture fixture) : WebhookLimitTests(new PostgresDatabase(fixture));
