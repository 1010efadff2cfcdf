using Hub.IntegrationTests.Connectors.Golden;
using Xunit.Abstractions;

namespace Hub.IntegrationTests.Connectors;

public sealed class SqliteGoldenThroughEndpointTests(SqliteGoldenHub hub, ITestOutputHelper output)
    : GoldenThroughEndpointTests(hub, output), IClassFixture<SqliteGoldenHub>;
