namespace Hub.Scripting;

/// <summary>IANA time zones (<c>Europe/Oslo</c>), as contacts and appointments carry them; .NET on Linux reads tzdata.</summary>
public static class TimeZones
{
    /// <summary>The zone, or null when <paramref name="id"/> is blank or not a zone this machine knows.</summary>
    public static TimeZoneInfo? Find(string? id) =>
        !string.IsNullOrWhiteSpace(id) && TimeZoneInfo.TryFindSystemTimeZoneById(id.Trim(), out var zone) ? zone : null;
}
