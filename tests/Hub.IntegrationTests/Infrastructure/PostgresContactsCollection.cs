namespace Hub.IntegrationTests.Infrastructure;

/// <summary>
/// The PostgreSQL tests of contacts, consent and conversations on a server of their own, beside the other
/// PostgreSQL collections: most of their time is spent waiting on Hub processes, not on the CPU.
/// </summary>
[CollectionDefinition(Name)]
public sealed class PostgresContactsCollection : ICollectionFixture<PostgresFixture>
{
    public const string Name = "postgres-contacts";
}
