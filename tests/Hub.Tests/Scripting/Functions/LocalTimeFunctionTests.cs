namespace Hub.Tests.Scripting.Functions;

public sealed class LocalTimeFunctionTests
{
    [Theory]
    [InlineData("2026-03-28T13:00:00Z", "28 Mar 14:00")] // CET, UTC+1
    [InlineData("2026-03-29T13:00:00Z", "29 Mar 15:00")] // CEST from 02:00 that night, UTC+2
    [InlineData("2026-10-25T13:00:00Z", "25 Oct 14:00")] // back to CET
    public void An_instant_is_shown_on_the_recipients_clock_across_daylight_saving(string start, string expected)
    {
        var json = "{\"appointment\": {\"start\": \"" + start + "\"}}";

        Assert.Equal(expected, Rendered.For("{{ appointment.start | local 'd MMM HH:mm' }}", json, "en", "Europe/Oslo"));
    }

    [Fact]
    public void Month_names_are_in_the_recipients_language()
    {
        var json = """{"appointment": {"start": "2026-05-17T08:30:00+00:00"}}""";

        Assert.Equal("17. mai 10:30", Rendered.For("{{ appointment.start | local 'd. MMMM HH:mm' }}", json, "nb-NO", "Europe/Oslo"));
        Assert.Equal("17 May 04:30", Rendered.For("{{ appointment.start | local 'd MMM HH:mm' }}", json, "en-US", "America/New_York"));
    }

    [Fact]
    public void An_offset_in_the_event_is_honoured_and_a_zone_argument_wins()
    {
        var json = """{"appointment": {"start": "2026-07-01T09:00:00+02:00", "timeZone": "America/Los_Angeles"}}""";

        Assert.Equal("00:00", Rendered.For("{{ appointment.start | local 'HH:mm' appointment.timeZone }}", json, "en", "Europe/Oslo"));
    }

    [Fact]
    public void Without_a_format_the_culture_short_date_and_time_is_used()
    {
        var json = """{"t": "2026-12-24T17:00:00Z"}""";

        Assert.Equal("24.12.2026 18:00", Rendered.For("{{ t | local }}", json, "nb-NO", "Europe/Oslo"));
    }
}
