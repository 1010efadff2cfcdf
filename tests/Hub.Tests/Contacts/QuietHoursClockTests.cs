using Hub.Contacts;
using Hub.Contacts.Internals;
using NodaTime;

namespace Hub.Tests.Contacts;

public sealed class QuietHoursClockTests
{
    private static readonly DateTimeZone Oslo = DateTimeZoneProviders.Tzdb["Europe/Oslo"];
    private static readonly DateTimeZone NewYork = DateTimeZoneProviders.Tzdb["America/New_York"];
    private static readonly QuietHours Night = new();

    private static DateTimeOffset At(string iso) => DateTimeOffset.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    [Theory]
    // A summer night in Oslo (UTC+2): held until 08:00 the next morning.
    [InlineData("2026-06-10T23:00:00+02:00", "2026-06-11T06:00:00Z")]
    [InlineData("2026-06-10T21:00:00+02:00", "2026-06-11T06:00:00Z")]
    // After midnight: until 08:00 the same day.
    [InlineData("2026-06-11T00:30:00+02:00", "2026-06-11T06:00:00Z")]
    [InlineData("2026-06-11T07:59:00+02:00", "2026-06-11T06:00:00Z")]
    // Clocks go forward on 29 March: 23:00 CET to 08:00 CEST is eight hours, not nine.
    [InlineData("2026-03-28T23:00:00+01:00", "2026-03-29T06:00:00Z")]
    // Clocks go back on 25 October: 23:00 CEST to 08:00 CET is ten hours.
    [InlineData("2026-10-24T23:00:00+02:00", "2026-10-25T07:00:00Z")]
    public void Inside_the_window_a_send_waits_until_the_next_local_end(string now, string until) =>
        Assert.Equal(At(until), QuietHoursClock.HoldUntil(Night, Oslo, At(now)));

    [Theory]
    [InlineData("2026-06-10T20:59:00+02:00")]
    [InlineData("2026-06-11T08:00:00+02:00")]
    [InlineData("2026-06-11T12:00:00+02:00")]
    public void Outside_the_window_nothing_waits(string now) =>
        Assert.Null(QuietHoursClock.HoldUntil(Night, Oslo, At(now)));

    [Fact]
    public void The_local_time_is_the_zone_s_not_UTC()
    {
        // 23:00 UTC is 01:00 in Oslo in summer (quiet) and 19:00 in New York (not).
        var now = At("2026-06-10T23:00:00Z");
        Assert.Equal(At("2026-06-11T06:00:00Z"), QuietHoursClock.HoldUntil(Night, Oslo, now));
        Assert.Null(QuietHoursClock.HoldUntil(Night, NewYork, now));
    }

    [Fact]
    public void A_window_within_one_day_ends_the_same_day()
    {
        var lunch = new QuietHours { Start = "12:00", End = "14:00" };
        Assert.Equal(At("2026-06-10T12:00:00Z"), QuietHoursClock.HoldUntil(lunch, Oslo, At("2026-06-10T13:00:00+02:00")));
        Assert.Null(QuietHoursClock.HoldUntil(lunch, Oslo, At("2026-06-10T23:00:00+02:00")));
    }

    [Fact]
    public void An_end_in_the_spring_forward_gap_is_shifted_forward_by_the_gap()
    {
        // 8 March 2026 in New York: 02:00 EST jumps to 03:00 EDT, so 02:30 does not exist; it becomes 03:30 EDT.
        var hours = new QuietHours { Start = "22:00", End = "02:30" };
        Assert.Equal(At("2026-03-08T07:30:00Z"), QuietHoursClock.HoldUntil(hours, NewYork, At("2026-03-07T23:00:00-05:00")));
    }

    [Fact]
    public void A_window_that_is_off_or_empty_holds_nothing()
    {
        var now = At("2026-06-10T23:00:00+02:00");
        Assert.Null(QuietHoursClock.HoldUntil(Night with { Enabled = false }, Oslo, now));
        Assert.Null(QuietHoursClock.HoldUntil(new QuietHours { Start = "21:00", End = "21:00" }, Oslo, now));
    }

    [Theory]
    [InlineData("21:00", true)]
    [InlineData("00:00", true)]
    [InlineData("23:59", true)]
    [InlineData("24:00", false)]
    [InlineData("9:00", false)]
    [InlineData("21:00:00", false)]
    [InlineData("", false)]
    public void Times_are_HH_mm(string text, bool valid) => Assert.Equal(valid, QuietHoursClock.ParseTime(text) is not null);
}
