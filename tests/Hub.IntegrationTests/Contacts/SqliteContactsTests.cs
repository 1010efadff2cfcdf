using Hub.IntegrationTests.Infrastructure;

namespace Hub.IntegrationTests.Contacts;

public sealed class SqliteContactsTests(SqliteDatabase database) : ContactsTests(database), IClassFixture<SqliteDatabase>;
