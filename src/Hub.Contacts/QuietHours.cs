namespace Hub.Contacts;

/// <summary>A nightly window, in the contact's local time, when marketing waits; <see cref="Start"/> after <see cref="End"/> spans midnight.</summary>
public sealed record QuietHours
{
    /// <summary>Off: marketing goes at any hour.</summary>
    public bool Enabled { get; init; } = true;

    /// <summary>Local time the window opens, <c>HH:mm</c>.</summary>
    public string Start { get; init; } = "21:00";

    /// <summary>Local time the window closes and held messages go, <c>HH:mm</c>.</summary>
    public string End { get; init; } = "08:00";
}
