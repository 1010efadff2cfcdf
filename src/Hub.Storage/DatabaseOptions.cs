using System.ComponentModel.DataAnnotations;

namespace Hub.Storage;

/// <summary>Bound from <c>Hub:Database</c>; the connection string itself comes from <c>ConnectionStrings:Hub</c>.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Hub:Database";
    public const string Sqlite = "sqlite";
    public const string Postgres = "postgres";

    [Required]
    [RegularExpression("^(sqlite|postgres)$", ErrorMessage = "Hub:Database:Provider must be 'sqlite' or 'postgres'.")]
    public string Provider { get; set; } = Sqlite;

    /// <summary>Apply pending migrations at start-up (on by default; turn off when a deploy step migrates).</summary>
    public bool MigrateOnStartup { get; set; } = true;
}
