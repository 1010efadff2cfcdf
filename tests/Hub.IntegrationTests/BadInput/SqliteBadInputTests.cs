namespace Hub.IntegrationTests.BadInput;

public sealed class SqliteBadInputTests(SqliteBadInputHub hub) : BadInputTests(hub), IClassFixture<SqliteBadInputHub>;
