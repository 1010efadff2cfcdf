using System.ComponentModel.DataAnnotations;

namespace Hub.Core.Outbound;

/// <summary>
/// Bound from <c>Hub:Outbound</c>: which addresses Hub's outbound HTTP calls (enrichment lookups, and every client
/// built on <see cref="GuardedHttpHandler"/>) may connect to beyond the public internet.
/// </summary>
public sealed class OutboundOptions : IValidatableObject
{
    public const string Section = "Hub:Outbound";

    /// <summary>
    /// Networks (<c>10.20.0.0/16</c>) or single addresses (<c>127.0.0.1</c>) that may be connected to although they
    /// are loopback, private, link-local or otherwise refused: a proxy in the data centre, a fake server in tests.
    /// </summary>
    public IList<string> AllowedNetworks { get; } = [];

    /// <summary>
    /// Host names (<c>crm.internal</c>, or <c>*.corp.example</c> for every subdomain) whose addresses are not checked.
    /// Prefer <see cref="AllowedNetworks"/>: whoever controls the name's DNS then decides where Hub connects.
    /// </summary>
    public IList<string> AllowedHosts { get; } = [];

    /// <summary>How long one connection attempt may take.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:05:00")]
    public TimeSpan ConnectTimeout { get; set; } = TimeSpan.FromSeconds(10);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        for (var i = 0; i < AllowedNetworks.Count; i++)
        {
            if (!OutboundPolicy.TryParseNetwork(AllowedNetworks[i], out _))
            {
                yield return new ValidationResult(
                    $"{Section}:AllowedNetworks:{i} = '{AllowedNetworks[i]}' is neither an IP address nor a network in CIDR notation (10.0.0.0/8, fd00::/8).",
                    [nameof(AllowedNetworks)]);
            }
        }
        for (var i = 0; i < AllowedHosts.Count; i++)
        {
            if (!OutboundPolicy.IsHostPattern(AllowedHosts[i]))
            {
                yield return new ValidationResult(
                    $"{Section}:AllowedHosts:{i} = '{AllowedHosts[i]}' is not a host name (api.example.com, or *.example.com).",
                    [nameof(AllowedHosts)]);
            }
        }
    }
}
