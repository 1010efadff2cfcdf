using Hub.IntegrationTests.Infrastructure;

namespace Hub.IntegrationTests.Spine;

[Collection(PostgresCollection.Name)]
public sealed class PostgresSpineTests(PostgresFixture fixture) : SpineTests(new PostgresDatabase(fixture));
