using Hub.IntegrationTests.Infrastructure;

namespace Hub.IntegrationTests.Workflows;

[Collection(PostgresWorkflowsCollection.Name)]
public sealed class PostgresStepKindTests(PostgresFixture fixture) : StepKindTests(new PostgresDatabase(fixture));
