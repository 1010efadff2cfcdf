using Hub.IntegrationTests.Infrastructure;

namespace Hub.IntegrationTests.Templates;

public sealed class SqliteTemplatesApiTests(SqliteDatabase database) : TemplatesApiTests(database), IClassFixture<SqliteDatabase>;
