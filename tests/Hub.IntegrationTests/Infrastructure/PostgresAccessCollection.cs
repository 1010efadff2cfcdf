namespace Hub.IntegrationTests.Infrastructure;

/// <summary>
/// The PostgreSQL tests of access (keys, users, roles, workspaces, audit) on a server of their own, beside the other
/// PostgreSQL collections: most of their time is spent waiting on Hub processes, not on the CPU.
/// </summary>
[CollectionDefinition(Name)]
public sealed class PostgresAccessCollection : ICollectionFixture<PostgresFixture>
{
    public const string Name = "postgres-access";
}
