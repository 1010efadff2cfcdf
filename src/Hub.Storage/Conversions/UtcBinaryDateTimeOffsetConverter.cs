using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Hub.Storage.Conversions;

/// <summary>
/// SQLite has no timestamp type: an instant is stored as a sortable integer in the layout of EF Core's
/// <see cref="DateTimeOffsetToBinaryConverter"/> (ticks / 1000 shifted left 11 bits, the offset in minutes in the low
/// bits), always in UTC so that integers order as instants do. Rows written earlier with another offset still read back.
/// </summary>
public sealed class UtcBinaryDateTimeOffsetConverter() : ValueConverter<DateTimeOffset, long>(
    value => (value.UtcTicks / 1000) << 11,
    value => new DateTimeOffset(new DateTime((value >> 11) * 1000), TimeSpan.FromMinutes((value << 53) >> 53)).ToUniversalTime());
