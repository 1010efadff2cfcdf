using Hub.IntegrationTests.Infrastructure;

namespace Hub.IntegrationTests.Consent;

[Collection(PostgresContactsCollection.Name)]
public sealed class PostgresQuietHoursTests(PostgresFixture fixture) : QuietHoursTests(new PostgresDatabase(fixture));
