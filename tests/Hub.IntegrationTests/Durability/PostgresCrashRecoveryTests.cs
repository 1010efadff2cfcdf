using Hub.IntegrationTests.Infrastructure;
using Xunit.Abstractions;

namespace Hub.IntegrationTests.Durability;

[Collection(PostgresCollection.Name)]
public sealed class PostgresCrashRecoveryTests(PostgresFixture fixture, ITestOutputHelper output)
    : CrashRecoveryTests(new PostgresDatabase(fixture), output);
