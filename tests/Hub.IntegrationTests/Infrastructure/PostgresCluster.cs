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
    private readonly ConcurrentBag<string> createdDatabases = [];

    // Set only for a cluster this instance started itself.
    private readonly string? root;
    private readonly string binDirectory = "";
    private readonly bool runAsPostgres;
    private readonly int port;
    private readonly bool durable;

    private PostgresCluster(string adminConnectionString) => this.adminConnectionString = adminConnectionString;

    private PostgresCluster(string root, string binDirectory, bool runAsPostgres, int port, bool durable)
    {
        this.root = root;
        this.durable = durable;
        this.binDirectory = binDirectory;
        this.runAsPostgres = runAsPostgres;
        this.port = port;
        adminConnectionString = new NpgsqlConnectionStringBuilder
        {
            Host = "127.0.0.1",
            Port = port,
            Username = SuperUser,
            Database = "postgres",
            Pooling = false,
        }.ConnectionString;
    }

    private string DataDirectory => Path.Combine(root!, "data");

    private string LogFile => Path.Combine(root!, "log");

    /// <param name="durable">
    /// fsync and synchronous commit on, as in production (the load tool measures commit costs); tests leave it off
    /// because they prove behaviour, not durability of the disk, and fsync makes them slow.
    /// </param>
    public static async Task<PostgresCluster> StartAsync(bool durable = false)
    {
        var external = Environment.GetEnvironmentVariable(ServerEnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(external))
        {
            return new PostgresCluster(external);
        }

        var binDirectory = FindBinDirectory();
        // PostgreSQL refuses to run as root, which is what CI runs as.
        var runAsPostgres = Environment.UserName == "root";
        var root = Directory.CreateTempSubdirectory("hub-pg-").FullName;
        var cluster = new PostgresCluster(root, binDirectory, runAsPostgres, FreePort.Get(), durable);
        try
        {
            await cluster.StartLocalAsync();
            return cluster;
        }
        catch
        {
            await cluster.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// Creates an empty database and returns a connection string for it. <paramref name="name"/> is
    /// only a readable prefix: a random suffix keeps names unique across tests and runs sharing a server.
    /// </summary>
    public async Task<string> CreateDatabaseAsync(string? name = null)
    {
        var prefix = UnsafeIdentifierCharacters().Replace((name ?? "hub_test").ToLowerInvariant(), "_");
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
        if (root is not null)
        {
            await StopLocalAsync();
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

    /// <summary>True when this instance started its own server, which can then be stopped and restarted for outage tests.</summary>
    public bool IsLocal => root is not null;

    /// <summary>Takes the local server down (fast shutdown), as an outage would.</summary>
    public async Task StopServerAsync()
    {
        EnsureLocal();
        NpgsqlConnection.ClearAllPools();
        await RunToolCheckedAsync("pg_ctl", ["-D", DataDirectory, "-m", "fast", "-w", "stop"]);
    }

    /// <summary>Brings a stopped local server back on the same port.</summary>
    public Task RestartServerAsync()
    {
        EnsureLocal();
        return RunToolCheckedAsync("pg_ctl", ["-D", DataDirectory, "-l", LogFile, "-w", "-t", "60", "-o", ServerOptions, "start"]);
    }

    private void EnsureLocal()
    {
        if (root is null)
        {
            throw new InvalidOperationException($"Only a cluster started by the tests can be stopped; unset {ServerEnvironmentVariable}.");
        }
    }

    private string ServerOptions => string.Create(
        CultureInfo.InvariantCulture,
        $"-p {port} -k {root} -c listen_addresses=127.0.0.1 {(durable ? "-c fsync=on -c synchronous_commit=on" : "-c fsync=off")} -c max_connections=200");

    private async Task StartLocalAsync()
    {
        if (runAsPostgres)
        {
            var chown = await ProcessRunner.RunAsync("chown", ["-R", "postgres", root!], timeout: CommandTimeout);
            if (!chown.Succeeded)
            {
                throw new InvalidOperationException($"Could not hand the cluster directory to the postgres user: {chown}");
            }
        }

        // --locale=C: the host's default locale may not be installed, which makes initdb fail.
        await RunToolCheckedAsync(
            "initdb",
            ["-D", DataDirectory, "-U", SuperUser, "--auth=trust", "-E", "UTF8", "--locale=C", "--no-sync"]);

        await RunToolCheckedAsync(
            "pg_ctl",
            ["-D", DataDirectory, "-l", LogFile, "-w", "-t", "60", "-o", ServerOptions, "start"]);
    }

    private async Task StopLocalAsync()
    {
        if (File.Exists(Path.Combine(DataDirectory, "postmaster.pid")))
        {
            // The result is ignored: a server that will not stop is no reason to fail the run, and
            // with its directory gone it cannot be reused by accident.
            await RunToolAsync("pg_ctl", ["-D", DataDirectory, "-m", "immediate", "-w", "stop"]);
        }
        try
        {
            Directory.Delete(root!, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: it is a temp directory.
        }
    }

    private async Task RunToolCheckedAsync(string tool, string[] arguments)
    {
        var result = await RunToolAsync(tool, arguments);
        if (!result.Succeeded)
        {
            var log = File.Exists(LogFile) ? await File.ReadAllTextAsync(LogFile) : "<no log file>";
            throw new InvalidOperationException($"PostgreSQL {tool} failed: {result}\n--- {LogFile} ---\n{log}");
        }
    }

    private Task<ProcessResult> RunToolAsync(string tool, string[] arguments)
    {
        var executable = Path.Combine(binDirectory, tool);
        // The working directory must be accessible to the postgres user: initdb resolves its own path
        // through it, and the test runner's directory may be under /root.
        return runAsPostgres
            ? ProcessRunner.RunAsync("runuser", ["-u", "postgres", "--", executable, .. arguments], root, CommandTimeout)
            : ProcessRunner.RunAsync(executable, arguments, root, CommandTimeout);
    }

    private static string FindBinDirectory()
    {
        var installed = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql")
                .Select(directory => (Version: ParseMajorVersion(Path.GetFileName(directory)), Bin: Path.Combine(directory, "bin")))
                .Where(candidate => candidate.Version is not null)
                .OrderByDescending(candidate => candidate.Version)
                .Select(candidate => candidate.Bin)
            : [];
        var onPath = (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);

        return installed.Concat(onPath).FirstOrDefault(directory =>
                File.Exists(Path.Combine(directory, "initdb")) && File.Exists(Path.Combine(directory, "pg_ctl")))
            ?? throw new InvalidOperationException(
                "No PostgreSQL server binaries (initdb, pg_ctl) under /usr/lib/postgresql/*/bin or on PATH. " +
                $"Install PostgreSQL or set {ServerEnvironmentVariable} to a superuser connection string.");
    }

    private static Version? ParseMajorVersion(string text) =>
        Version.TryParse(text.Contains('.', StringComparison.Ordinal) ? text : text + ".0", out var version)
            ? version
            : null;

    [GeneratedRegex("[^a-z0-9_]")]
    private static partial Regex UnsafeIdentifierCharacters();
}
