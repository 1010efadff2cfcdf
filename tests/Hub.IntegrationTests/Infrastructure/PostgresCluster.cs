using System.Collections.Concurrent;
using System.Globalization;
using System.Text.RegularExpressions;
using Npgsql;

namespace Hub.IntegrationTests.Infrastructure;

/// <summary>
/// A real PostgreSQL server for tests: the one named by <c>HUB_TEST_POSTGRES</c> (a superuser
/// connection string) or else a throwaway cluster started from the local PostgreSQL binaries.
/// </summary>
public sealed partial class PostgresCluster : IAsyncDisposable
{
    public const string ServerEnvironmentVariable = "HUB_TEST_POSTGRES";

    private const string SuperUser = "hub";
    private static readonly TimeSpan CommandTimeout = TimeSpan.FromSeconds(90);

    private readonly string adminConnectionString;
    private readonly LocalCluster? local;
    private readonly ConcurrentBag<string> createdDatabases = [];

    private PostgresCluster(string adminConnectionString, LocalCluster? local)
    {
        this.adminConnectionString = adminConnectionString;
        this.local = local;
    }

    public static async Task<PostgresCluster> StartAsync()
    {
        var external = Environment.GetEnvironmentVariable(ServerEnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(external))
        {
            return new PostgresCluster(external, local: null);
        }

        var local = await LocalCluster.StartAsync();
        var admin = new NpgsqlConnectionStringBuilder
        {
            Host = "127.0.0.1",
            Port = local.Port,
            Username = SuperUser,
            Database = "postgres",
            Pooling = false,
        };
        return new PostgresCluster(admin.ConnectionString, local);
    }

    /// <summary>
    /// Creates an empty database and returns a connection string for it. <paramref name="name"/> is
    /// only a readable prefix: a random suffix keeps names unique across tests and runs sharing a server.
    /// </summary>
    public async Task<string> CreateDatabaseAsync(string? name = null)
    {
        var prefix = SafePrefix().Replace((name ?? "hub_test").ToLowerInvariant(), "_");
        // 63 bytes is PostgreSQL's identifier limit; the suffix takes 17 of them.
        prefix = prefix[..Math.Min(prefix.Length, 46)];
        var database = $"{prefix}_{Guid.NewGuid():N}"[..(prefix.Length + 17)];

        await using (var connection = new NpgsqlConnection(adminConnectionString))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE \"{database}\"", connection);
            await command.ExecuteNonQueryAsync();
        }
        createdDatabases.Add(database);

        return new NpgsqlConnectionStringBuilder(adminConnectionString)
        {
            Database = database,
            Pooling = true,
            IncludeErrorDetail = true,
        }.ConnectionString;
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        if (local is not null)
        {
            await local.DisposeAsync();
            return;
        }

        // A shared server outlives us, so clean up after ourselves.
        await using var connection = new NpgsqlConnection(adminConnectionString);
        await connection.OpenAsync();
        foreach (var database in createdDatabases)
        {
            await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)", connection);
            await command.ExecuteNonQueryAsync();
        }
    }

    [GeneratedRegex("[^a-z0-9_]")]
    private static partial Regex SafePrefix();

    private sealed class LocalCluster : IAsyncDisposable
    {
        private readonly string root;
        private readonly string binDirectory;
        private readonly bool runAsPostgres;

        private LocalCluster(string root, string binDirectory, bool runAsPostgres, int port)
        {
            this.root = root;
            this.binDirectory = binDirectory;
            this.runAsPostgres = runAsPostgres;
            Port = port;
        }

        public int Port { get; }

        private string DataDirectory => Path.Combine(root, "data");

        private string LogFile => Path.Combine(root, "log");

        public static async Task<LocalCluster> StartAsync()
        {
            var binDirectory = FindBinDirectory();
            // PostgreSQL refuses to run as root, which is what CI runs as.
            var runAsPostgres = Environment.UserName == "root";
            var root = Directory.CreateTempSubdirectory("hub-pg-").FullName;
            var cluster = new LocalCluster(root, binDirectory, runAsPostgres, FreePort.Get());
            try
            {
                await cluster.InitializeAsync();
                return cluster;
            }
            catch
            {
                await cluster.DisposeAsync();
                throw;
            }
        }

        private async Task InitializeAsync()
        {
            if (runAsPostgres)
            {
                await RunCheckedAsync("chown", ["-R", "postgres", root], "chown of the cluster directory");
            }

            // --locale=C: the host's default locale may not be installed, which makes initdb fail.
            await RunPostgresToolAsync(
                "initdb",
                ["-D", DataDirectory, "-U", SuperUser, "--auth=trust", "-E", "UTF8", "--locale=C", "--no-sync"]);

            var serverOptions = string.Create(
                CultureInfo.InvariantCulture,
                $"-p {Port} -k {root} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200");
            await RunPostgresToolAsync(
                "pg_ctl",
                ["-D", DataDirectory, "-l", LogFile, "-w", "-t", "60", "-o", serverOptions, "start"]);
        }

        public async ValueTask DisposeAsync()
        {
            if (File.Exists(Path.Combine(DataDirectory, "postmaster.pid")))
            {
                // Failing to stop is not worth failing a test run over; the directory removal below
                // still happens and the orphaned server dies with the container.
                await RunAsync("pg_ctl", ["-D", DataDirectory, "-m", "immediate", "-w", "stop"]);
            }
            try
            {
                Directory.Delete(root, recursive: true);
            }
            catch (IOException)
            {
                // Best effort: it is a temp directory.
            }
        }

        private async Task RunPostgresToolAsync(string tool, string[] arguments)
        {
            var result = await RunAsync(tool, arguments);
            if (!result.Succeeded)
            {
                var log = File.Exists(LogFile) ? await File.ReadAllTextAsync(LogFile) : "<no log file>";
                throw new InvalidOperationException($"PostgreSQL {tool} failed: {result}\n--- {LogFile} ---\n{log}");
            }
        }

        private Task<ProcessResult> RunAsync(string tool, string[] arguments)
        {
            var executable = Path.Combine(binDirectory, tool);
            // The working directory must be readable by the postgres user: initdb resolves its own
            // path relative to it, and the test runner's directory may be under /root.
            return runAsPostgres
                ? ProcessRunner.RunAsync("runuser", ["-u", "postgres", "--", executable, .. arguments], root, CommandTimeout)
                : ProcessRunner.RunAsync(executable, arguments, root, CommandTimeout);
        }

        private static async Task RunCheckedAsync(string fileName, string[] arguments, string what)
        {
            var result = await ProcessRunner.RunAsync(fileName, arguments, timeout: CommandTimeout);
            if (!result.Succeeded)
            {
                throw new InvalidOperationException($"{what} failed: {result}");
            }
        }

        private static string FindBinDirectory()
        {
            var installed = Directory.Exists("/usr/lib/postgresql")
                ? Directory.GetDirectories("/usr/lib/postgresql")
                    .Select(directory => (Version: ParseVersion(Path.GetFileName(directory)), Bin: Path.Combine(directory, "bin")))
                    .Where(candidate => candidate.Version is not null && File.Exists(Path.Combine(candidate.Bin, "initdb")))
                    .OrderByDescending(candidate => candidate.Version)
                    .Select(candidate => candidate.Bin)
                : [];
            var onPath = (Environment.GetEnvironmentVariable("PATH") ?? "")
                .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);

            return installed.Concat(onPath).FirstOrDefault(directory =>
                    File.Exists(Path.Combine(directory, "initdb")) && File.Exists(Path.Combine(directory, "pg_ctl")))
                ?? throw new InvalidOperationException(
                    $"No PostgreSQL server binaries (initdb, pg_ctl) under /usr/lib/postgresql/*/bin or on PATH. " +
                    $"Install PostgreSQL or set {ServerEnvironmentVariable} to a superuser connection string.");
        }

        private static Version? ParseVersion(string text) =>
            Version.TryParse(text.Contains('.', StringComparison.Ordinal) ? text : text + ".0", out var version)
                ? version
                : null;
    }
}
