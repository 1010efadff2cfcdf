using System.ComponentModel.DataAnnotations;

namespace Hub.Intake;

/// <summary>Bound from <c>Hub:Ingest</c>.</summary>
public sealed class IngestOptions
{
    public const string Section = "Hub:Ingest";

    /// <summary>Largest accepted webhook body unless a connector instance or spec says otherwise.</summary>
    [Range(1024, 64L * 1024 * 1024)]
    public long MaxBodyBytes { get; set; } = 1024 * 1024;

    /// <summary>How long a replaced connector secret keeps verifying, so deliveries signed before the rotation still pass.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "30.00:00:00")]
    public TimeSpan SecretRotationWindow { get; set; } = TimeSpan.FromHours(24);
}
