using Hub.IntegrationTests.Infrastructure;

namespace Hub.IntegrationTests.BadInput;

[Collection(PostgresCollection.Name)]
public sealed class PostgresBadInputTests(PostgresBadInputHub hub) : BadInputTests(hub), IClassFixture<PostgresBadInputHub>;
