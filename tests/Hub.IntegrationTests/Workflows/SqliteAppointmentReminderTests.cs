using Hub.IntegrationTests.Infrastructure;
using Xunit.Abstractions;

namespace Hub.IntegrationTests.Workflows;

public sealed class SqliteAppointmentReminderTests(SqliteDatabase database, ITestOutputHelper output)
    : AppointmentReminderTests(database, output), IClassFixture<SqliteDatabase>;
