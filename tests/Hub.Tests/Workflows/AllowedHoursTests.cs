using Hub.Workflows;
using Hub.Workflows.Engine.Steps;

namespace Hub.Tests.Workflows;

/// <summary>A delay's instant is moved forward into waking hours, in the contact's zone (daylight saving included).</summary>
public sealed class AllowedHoursTests
{
    private static readonly AllowedHours Daytime = new(new TimeOnly(8, 0), new TimeOnly(20, 0), AllowedHours.ContactZone);

    [Theory]
    [InlineData("2026-11-20T12:00:00Z", "Europe/Oslo", "2026-11-20T12:00:00Z")]  // 13:00 in Oslo: inside
    [InlineData("2026-11-20T05:00:00Z", "Europe/Oslo", "2026-11-20T07:00:00Z")]  // 06:00 local: moved to 08:00 local
    [InlineData("2026-11-20T21:30:00Z", "Europe/Oslo", "2026-11-21T07:00:00Z")]  // 22:30 local: next morning
    [InlineData("2026-07-01T05:00:00Z", "Europe/Oslo", "2026-07-01T06:00:00Z")]  // summer time: 08:00 is 06:00Z
    [InlineData("2026-11-20T05:00:00Z", null, "2026-11-20T08:00:00Z")]           // no zone: the fallback, UTC
    public void The_instant_moves_to_the_next_opening(string due, string? zone, string expected)
    {
        var moved = AllowedHoursCalculator.MoveInto(DateTimeOffset.Parse(due, System.Globalization.CultureInfo.InvariantCulture), Daytime, zone);

        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), moved);
    }

    [Fact]
    public void An_overnight_window_wraps_midnight()
    {
        var night = new AllowedHours(new TimeOnly(22, 0), new TimeOnly(6, 0), "UTC");
        var at = (string text) => AllowedHoursCalculator.MoveInto(DateTimeOffset.Parse(text, System.Globalization.CultureInfo.InvariantCulture), night, null);

        Assert.Equal(DateTimeOffset.Parse("2026-11-20T23:00:00Z", System.Globalization.CultureInfo.InvariantCulture), at("2026-11-20T23:00:00Z"));
        Assert.Equal(DateTimeOffset.Parse("2026-11-21T05:00:00Z", System.Globalization.CultureInfo.InvariantCulture), at("2026-11-21T05:00:00Z"));
        Assert.Equal(DateTimeOffset.Parse("2026-11-20T22:00:00Z", System.Globalization.CultureInfo.InvariantCulture), at("2026-11-20T12:00:00Z"));
    }
}
