using Hub.IntegrationTests.Infrastructure;
using Xunit.Abstractions;

namespace Hub.IntegrationTests.Workflows;

[Collection(PostgresCollection.Name)]
public sealed class PostgresAppointmentReminderTests(PostgresFixture fixture, ITestOutputHelper output)
    : AppointmentReminderTests(new PostgresDatabase(fixture), output);
