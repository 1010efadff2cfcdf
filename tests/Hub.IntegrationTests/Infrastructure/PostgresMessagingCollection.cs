namespace Hub.IntegrationTests.Infrastructure;

/// <summary>
/// The PostgreSQL tests of messaging (providers, sends, the sandbox, verifications, templates) on a server of their
/// own, so that they run beside the other PostgreSQL collections instead of after them: most of their time is spent
/// waiting on Hub processes, not on the CPU.
/// </summary>
[CollectionDefinition(Name)]
public sealed class PostgresMessagingCollection : ICollectionFixture<PostgresFixture>
{
    public const string Name = "postgres-messaging";
}
