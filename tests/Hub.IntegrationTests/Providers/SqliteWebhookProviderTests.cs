using Hub.IntegrationTests.Infrastructure;

namespace Hub.IntegrationTests.Providers;

public sealed class SqliteWebhookProviderTests(SqliteDatabase database) : WebhookProviderTests(database), IClassFixture<SqliteDatabase>;
