using NodaTime;
using NodaTime.TimeZones;
using PhoneNumbers;

namespace Hub.Contacts.Internals;

/// <summary>
/// The time zone and country a recipient's quiet hours are counted in: the contact's own IANA zone when Hub knows it,
/// else the phone number's (libphonenumber maps a number's prefix to its zones: +47 to Europe/Oslo, +1 650 to
/// America/Los_Angeles), else UTC. The country chooses the policy's per-country window.
/// </summary>
internal static class RecipientTimeZone
{
    private const string UnknownZone = "Etc/Unknown";

    private static readonly Lazy<ILookup<string, string>> CountryOfZone = new(() =>
        (TzdbDateTimeZoneSource.Default.ZoneLocations ?? []).ToLookup(l => l.ZoneId, l => l.CountryCode, StringComparer.Ordinal));

    /// <param name="contactTimeZone">The contact's IANA zone, when known (an unknown id is ignored).</param>
    /// <param name="phone">The E.164 number the message goes to, or the contact's number for an email.</param>
    public static (DateTimeZone Zone, string? Country) Of(string? contactTimeZone, string? phone)
    {
        var number = Parse(phone);
        var country = number is null ? null : PhoneNumberUtil.GetInstance().GetRegionCodeForNumber(number);
        if (country is "ZZ" or "001")
        {
            country = null;
        }
        if (contactTimeZone is { Length: > 0 } && DateTimeZoneProviders.Tzdb.GetZoneOrNull(contactTimeZone) is { } own)
        {
            return (own, country ?? CountryOfZone.Value[own.Id].FirstOrDefault());
        }
        if (number is not null)
        {
            var candidates = PhoneNumberToTimeZonesMapper.GetInstance().GetTimeZonesForNumber(number)
                .Where(z => z != UnknownZone && DateTimeZoneProviders.Tzdb.GetZoneOrNull(z) is not null).ToList();
            // Listed alphabetically: +47 gives Arctic/Longyearbyen (Svalbard) before Europe/Oslo; the number's own country's zone first.
            var zoneId = candidates.FirstOrDefault(z => country is not null && CountryOfZone.Value[z].Contains(country, StringComparer.Ordinal))
                ?? candidates.FirstOrDefault();
            zoneId ??= country is null ? null
                : TzdbDateTimeZoneSource.Default.ZoneLocations?.FirstOrDefault(l => l.CountryCode == country)?.ZoneId;
            if (zoneId is not null && DateTimeZoneProviders.Tzdb.GetZoneOrNull(zoneId) is { } zone)
            {
                return (zone, country);
            }
        }
        return (DateTimeZone.Utc, country);
    }

    private static PhoneNumber? Parse(string? phone)
    {
        if (string.IsNullOrWhiteSpace(phone) || !phone.TrimStart().StartsWith('+'))
        {
            return null;
        }
        try
        {
            return PhoneNumberUtil.GetInstance().Parse(phone, null);
        }
        catch (NumberParseException)
        {
            return null;
        }
    }
}
