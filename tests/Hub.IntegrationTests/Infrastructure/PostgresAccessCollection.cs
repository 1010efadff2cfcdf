namespace Hub.IntegrationTests.Infrastructure;

/// <summary>The PostgreSQL tests of access control (keys, users, workspaces, audit, limits) on a server of their own.</summary>
[CollectionDefinition(Name)]
public sealed class PostgresAccessCollection : ICollectionFixture<PostgresFixture>
{
    public const string Name = "postgres-access";
}
