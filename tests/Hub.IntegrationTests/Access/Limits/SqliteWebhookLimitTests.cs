using Hub.IntegrationTests.Infrastructure;

namespace Hub.IntegrationTests.Access.Limits;

public sealed class SqliteWebhookLimitTests(SqliteDatabase database) : WebhookLimitTests(database), IClassFixture<SqliteDatabase>;
