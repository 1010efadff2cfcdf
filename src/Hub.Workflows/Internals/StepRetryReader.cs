using Hub.Specs;
using YamlDotNet.RepresentationModel;

namespace Hub.Workflows.Internals;

/// <summary>Reads <c>retry: { attempts, backoff, max_backoff }</c>, which any step may carry beside its kind.</summary>
internal static class StepRetryReader
{
    public const string Key = "retry";
    private static readonly string[] Keys = ["attempts", "backoff", "max_backoff"];

    /// <summary>The step's policy; the default when absent, null after reporting an error.</summary>
    public static StepRetry? Read(YamlMap step)
    {
        if (!step.Has(Key))
        {
            return StepRetry.Default;
        }
        if (step.Written(Key) is YamlScalarNode scalar)
        {
            step.Spec.Error(scalar, step.FieldOf(Key), "'retry' is a mapping, such as retry: { attempts: 5, backoff: 10s, max_backoff: 5m }.");
            return null;
        }
        var map = step.Mapping(Key, required: true);
        if (map is null)
        {
            return null;
        }
        map.RejectUnknown(Keys);
        var errors = map.Spec.Errors.Count;
        var attempts = map.WholeNumber("attempts");
        if (attempts is < 1 or > StepRetry.MostAttempts)
        {
            map.Spec.Error(map.Written("attempts"), map.FieldOf("attempts"),
                $"'attempts' is {attempts}; use 1 (no retry) to {StepRetry.MostAttempts} tries in all.");
        }
        var backoff = DurationText.Read(map, "backoff", StepRetry.ShortestBackoff, StepRetry.LongestBackoff);
        var first = backoff ?? StepRetry.Default.Backoff;
        var longest = DurationText.Read(map, "max_backoff", first, StepRetry.LongestBackoff);
        if (map.Spec.Errors.Count != errors)
        {
            return null;
        }
        return new StepRetry(
            (int)(attempts ?? StepRetry.Default.Attempts),
            first,
            longest ?? TimeSpan.FromTicks(Math.Max(first.Ticks, StepRetry.Default.MaxBackoff.Ticks)));
    }
}
