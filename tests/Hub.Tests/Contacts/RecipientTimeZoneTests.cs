using Hub.Contacts.Internals;

namespace Hub.Tests.Contacts;

public sealed class RecipientTimeZoneTests
{
    [Theory]
    [InlineData(null, "+4791234567", "Europe/Oslo", "NO")]
    // The number's area code decides within a country of many zones.
    [InlineData(null, "+16505551234", "America/Los_Angeles", "US")]
    [InlineData(null, "+12125551234", "America/New_York", "US")]
    // The contact's own zone wins; the number still names the country.
    [InlineData("Asia/Tokyo", "+4791234567", "Asia/Tokyo", "NO")]
    // An id that is no IANA zone is ignored.
    [InlineData("Mars/Olympus", "+4791234567", "Europe/Oslo", "NO")]
    // Without a number, the zone's country.
    [InlineData("Europe/Oslo", null, "Europe/Oslo", "NO")]
    // Nothing known: UTC, no country.
    [InlineData(null, null, "UTC", null)]
    [InlineData(null, "not a number", "UTC", null)]
    public void The_contact_s_zone_else_the_number_s_else_UTC(string? contactZone, string? phone, string zone, string? country)
    {
        var (found, foundCountry) = RecipientTimeZone.Of(contactZone, phone);
        Assert.Equal(zone, found.Id);
        Assert.Equal(country, foundCountry);
    }
}
