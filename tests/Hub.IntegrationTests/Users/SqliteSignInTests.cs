using Hub.IntegrationTests.Infrastructure;

namespace Hub.IntegrationTests.Users;

public sealed class SqliteSignInTests(SqliteDatabase database) : SignInTests(database), IClassFixture<SqliteDatabase>;
