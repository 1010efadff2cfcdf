namespace Hub.Runtime.RateLimits;

/// <summary>
/// One token bucket shared by every process on the database (a sender's messages per second). Not workspace-owned:
/// the name says its owner (<c>provider:{id}</c>), and the bucket is infrastructure, not a customer's data.
/// </summary>
public sealed class RateLimitBucket
{
    public required string Name { get; set; }

    /// <summary>Tokens left at <see cref="RefilledAt"/>; fractional, refilled continuously at the rate.</summary>
    public double Tokens { get; set; }

    /// <summary>Unix milliseconds of the last take.</summary>
    public long RefilledAt { get; set; }
}
