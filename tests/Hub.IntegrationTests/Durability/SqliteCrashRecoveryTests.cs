using Hub.IntegrationTests.Infrastructure;
using Xunit.Abstractions;

namespace Hub.IntegrationTests.Durability;

public sealed class SqliteCrashRecoveryTests(SqliteDatabase database, ITestOutputHelper output)
    : CrashRecoveryTests(database, output), IClassFixture<SqliteDatabase>;
