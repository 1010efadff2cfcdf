namespace Hub.IntegrationTests.Infrastructure;

/// <summary>The PostgreSQL tests of workflows and timers on a server of their own, beside the other PostgreSQL collections.</summary>
[CollectionDefinition(Name)]
public sealed class PostgresWorkflowsCollection : ICollectionFixture<PostgresFixture>
{
    public const string Name = "postgres-workflows";
}
