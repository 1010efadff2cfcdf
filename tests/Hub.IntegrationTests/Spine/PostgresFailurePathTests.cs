using Hub.IntegrationTests.Infrastructure;

namespace Hub.IntegrationTests.Spine;

[Collection(PostgresCollection.Name)]
public sealed class PostgresFailurePathTests(PostgresFixture fixture) : FailurePathTests(new PostgresDatabase(fixture));
