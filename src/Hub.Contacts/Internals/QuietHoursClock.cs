using NodaTime;
using NodaTime.Text;

namespace Hub.Contacts.Internals;

/// <summary>
/// Whether an instant falls in a nightly window of local time, and when that window ends. The end is the next local
/// <see cref="QuietHours.End"/> on the contact's calendar, so a window across midnight or a night that changes the
/// clocks (DST) ends at 08:00 on the wall clock, whatever the number of hours in between.
/// </summary>
internal static class QuietHoursClock
{
    private static readonly LocalTimePattern Pattern = LocalTimePattern.CreateWithInvariantCulture("HH:mm");

    /// <summary>A time of day written <c>HH:mm</c> (00:00 to 23:59), or null.</summary>
    public static LocalTime? ParseTime(string? text) =>
        text is { Length: 5 } && Pattern.Parse(text) is { Success: true } parsed ? parsed.Value : null;

    /// <summary>The instant the window ends when <paramref name="now"/> is inside it; null when outside (or the window is off or empty).</summary>
    public static DateTimeOffset? HoldUntil(QuietHours hours, DateTimeZone zone, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(hours);
        ArgumentNullException.ThrowIfNull(zone);
        if (!hours.Enabled || ParseTime(hours.Start) is not { } start || ParseTime(hours.End) is not { } end || start == end)
        {
            return null;
        }
        var local = Instant.FromDateTimeOffset(now).InZone(zone).LocalDateTime;
        var time = local.TimeOfDay;
        var spansMidnight = start > end;
        var inside = spansMidnight ? time >= start || time < end : time >= start && time < end;
        if (!inside)
        {
            return null;
        }
        // Before midnight in a window that spans it, the end is tomorrow; otherwise today.
        var endDate = spansMidnight && time >= start ? local.Date.PlusDays(1) : local.Date;
        // An end in a spring-forward gap is shifted forward by the gap (02:30 becomes 03:30); an ambiguous one is the earlier.
        return endDate.At(end).InZoneLeniently(zone).ToDateTimeOffset().ToUniversalTime();
    }
}
