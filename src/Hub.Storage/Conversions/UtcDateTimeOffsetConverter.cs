using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Hub.Storage.Conversions;

/// <summary>
/// PostgreSQL's <c>timestamp with time zone</c> holds an instant, and Npgsql refuses a value with a non-zero offset
/// rather than guess. Every instant is turned into UTC here, once, whatever offset the source sent.
/// </summary>
public sealed class UtcDateTimeOffsetConverter() : ValueConverter<DateTimeOffset, DateTimeOffset>(
    value => value.ToUniversalTime(),
    value => value.ToUniversalTime());
