using NodaTime;

namespace Hub.Workflows.Engine.Steps;

/// <summary>Moves an instant forward into a daily window of local time (overnight windows such as 20:00–08:00 too).</summary>
internal static class AllowedHoursCalculator
{
    public static DateTimeOffset MoveInto(DateTimeOffset due, AllowedHours hours, string? contactZone)
    {
        var zoneId = hours.Zone == AllowedHours.ContactZone ? contactZone : hours.Zone;
        var zone = (zoneId is null ? null : DateTimeZoneProviders.Tzdb.GetZoneOrNull(zoneId))
                   ?? DateTimeZoneProviders.Tzdb.GetZoneOrNull(hours.FallbackZone)
                   ?? DateTimeZone.Utc;
        var local = Instant.FromDateTimeOffset(due).InZone(zone);
        var from = new LocalTime(hours.From.Hour, hours.From.Minute);
        var to = new LocalTime(hours.To.Hour, hours.To.Minute);
        var time = local.TimeOfDay;
        var inside = from < to ? time >= from && time < to : time >= from || time < to;
        if (inside)
        {
            return due;
        }
        // Outside the window: the next opening, today if it is still ahead, else tomorrow.
        var date = local.Date;
        if (time >= from)
        {
            date = date.PlusDays(1);
        }
        var opening = zone.AtLeniently(date.At(from));
        return opening.ToDateTimeOffset();
    }
}
