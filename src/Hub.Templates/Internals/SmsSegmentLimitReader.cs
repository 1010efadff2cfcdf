using Hub.Specs;

namespace Hub.Templates.Internals;

/// <summary>
/// Reads <c>sms.max_segments</c>, the most parts a rendered SMS of this template may have. It sits beside the
/// locales because the budget is the template's: every language has to fit it.
/// </summary>
internal static class SmsSegmentLimitReader
{
    public const string Key = "max_segments";

    /// <summary>The limit, or null when none is written or it is wrong (then reported).</summary>
    public static int? Read(YamlMap sms)
    {
        if (sms.WholeNumber(Key) is not { } limit)
        {
            return null;
        }
        if (limit is < 1 or > SmsSegmentLimits.MaxSegments)
        {
            sms.Spec.Error(sms.LineOf(Key), sms.FieldOf(Key),
                $"'{limit}' is not a segment count: use 1 to {SmsSegmentLimits.MaxSegments} (the most parts a concatenated SMS can have).");
            return null;
        }
        return (int)limit;
    }
}
