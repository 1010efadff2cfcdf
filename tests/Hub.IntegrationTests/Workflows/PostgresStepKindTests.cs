using Hub.IntegrationTests.Infrastructure;

namespace Hub.IntegrationTests.Workflows;

[Collection(PostgresCollection.Name)]
public sealed class PostgresStepKindTests(PostgresFixture fixture) : StepKindTests(new PostgresDatabase(fixture));
