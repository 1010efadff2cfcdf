using Hub.IntegrationTests.Infrastructure;
using Xunit.Abstractions;

namespace Hub.IntegrationTests.Workflows;

[Collection(PostgresWorkflowsCollection.Name)]
public sealed class PostgresAppointmentReminderTests(PostgresFixture fixture, ITestOutputHelper output)
    : AppointmentReminderTests(new PostgresDatabase(fixture), output);
