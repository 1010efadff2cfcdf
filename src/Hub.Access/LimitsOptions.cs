using System.ComponentModel.DataAnnotations;

namespace Hub.Access;

/// <summary>
/// Bound from <c>Hub:Limits</c>: the abuse limits, in memory and per process (two processes behind one address take
/// twice the rate). Read at start-up.
/// </summary>
public sealed class LimitsOptions : IValidatableObject
{
    public const string Section = "Hub:Limits";

    /// <summary>
    /// <c>POST /webhooks/{id}</c>, per connector: far above what a shop sends (a flash sale is tens a second), so that
    /// only a runaway sender meets it.
    /// </summary>
    public RateLimit Webhooks { get; set; } = new() { PerSecond = 1000, Burst = 2000 };

    /// <summary>
    /// <c>/api/v1</c>, per API key (or user, or the bootstrap key): a script (or a test suite) may make a thousand
    /// calls back to back; a runaway one is held to the rate.
    /// </summary>
    public RateLimit AdminApi { get; set; } = new() { PerSecond = 200, Burst = 1000 };

    /// <summary>Failed authentications (wrong keys, wrong passwords) per source address.</summary>
    public FailedAuthLimit FailedAuth { get; set; } = new();

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        string?[] problems =
        [
            Webhooks is null ? $"{Section}:{nameof(Webhooks)} is missing." : Webhooks.Problem($"{Section}:{nameof(Webhooks)}"),
            AdminApi is null ? $"{Section}:{nameof(AdminApi)} is missing." : AdminApi.Problem($"{Section}:{nameof(AdminApi)}"),
            FailedAuth is null ? $"{Section}:{nameof(FailedAuth)} is missing." : FailedAuth.Problem($"{Section}:{nameof(FailedAuth)}"),
        ];
        return problems.OfType<string>().Select(p => new ValidationResult(p));
    }
}
