namespace Hub.Workflows;

/// <summary>
/// A daily window (<c>from</c>–<c>to</c>, local time) that a delay's instant is moved forward into, in a fixed zone or
/// the contact's (<see cref="ContactZone"/>; the fallback zone when the contact has none).
/// </summary>
public sealed record AllowedHours(TimeOnly From, TimeOnly To, string Zone)
{
    public const string ContactZone = "contact";

    /// <summary>The zone used for <see cref="ContactZone"/> when the contact carries none.</summary>
    public string FallbackZone { get; init; } = "UTC";
}
