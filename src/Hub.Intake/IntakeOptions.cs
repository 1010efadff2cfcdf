using System.ComponentModel.DataAnnotations;

namespace Hub.Intake;

/// <summary>Bound from <c>Hub:Intake</c>: how concurrent webhooks are committed together.</summary>
public sealed class IntakeOptions
{
    public const string Section = "Hub:Intake";

    /// <summary>Most webhooks stored in one transaction.</summary>
    [Range(1, 1000)]
    public int MaxGroupSize { get; set; } = 128;

    /// <summary>Transactions in flight at once on PostgreSQL (SQLite has one writer).</summary>
    [Range(1, 64)]
    public int PostgresCommitters { get; set; } = 4;
}
