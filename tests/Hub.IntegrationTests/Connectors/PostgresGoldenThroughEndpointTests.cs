using Hub.IntegrationTests.Connectors.Golden;
using Hub.IntegrationTests.Infrastructure;
using Xunit.Abstractions;

namespace Hub.IntegrationTests.Connectors;

[Collection(PostgresCollection.Name)]
public sealed class PostgresGoldenThroughEndpointTests(PostgresGoldenHub hub, ITestOutputHelper output)
    : GoldenThroughEndpointTests(hub, output), IClassFixture<PostgresGoldenHub>;
