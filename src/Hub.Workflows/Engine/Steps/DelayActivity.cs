using System.Globalization;
using Hub.Scripting;
using Hub.Specs;

namespace Hub.Workflows.Engine.Steps;

/// <summary>
/// <c>delay</c>: sleeps until now + <c>for</c>, or until <c>until</c> + <c>offset</c>, moved into allowed hours.
/// A time already past runs on at once or skips the next step, as <c>if_past</c> says, and the journal says which.
/// </summary>
internal sealed class DelayActivity : StepActivity<DelayStep>
{
    protected override Task<StepOutcome> ExecuteAsync(DelayStep step, StepContext context, CancellationToken cancellationToken)
    {
        DateTimeOffset due;
        if (step.For is { } duration)
        {
            due = context.Now + duration;
        }
        else
        {
            var value = context.Evaluate(step.Until!, cancellationToken);
            if (!TryInstant(value, out var until))
            {
                return Task.FromResult(StepOutcome.Fail(
                    $"Step '{step.Id}': 'until' ({step.Until!.Text}) gave {Describe(value)}, not a time such as 2026-11-20T14:00:00Z."));
            }
            due = until + step.Offset;
        }
        if (step.Within is { } within)
        {
            due = AllowedHoursCalculator.MoveInto(due, within, ContactZone(context));
        }
        if (due > context.Now)
        {
            return Task.FromResult(StepOutcome.SleepUntil(due, $"until {Iso(due)}"));
        }
        // A reminder for an appointment less than a day away: its time is past before the wait began.
        return Task.FromResult(step.IfPast == IfPast.Skip
            ? StepOutcome.SkipNext($"{Iso(due)} had passed; skipped the next step (if_past: skip)")
            : StepOutcome.NextWithNote($"{Iso(due)} had passed; went on at once (if_past: run)"));
    }

    private static string? ContactZone(StepContext context) =>
        context.Scope["contact"] is Scriban.Runtime.ScriptObject contact ? contact["timeZone"] as string : null;

    internal static bool TryInstant(object? value, out DateTimeOffset instant)
    {
        switch (value)
        {
            case DateTimeOffset time:
                instant = time;
                return true;
            case DateTime time:
                instant = new DateTimeOffset(time.ToUniversalTime(), TimeSpan.Zero);
                return true;
            case string text when DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed)
                                  && text.Contains('T', StringComparison.Ordinal):
                instant = parsed;
                return true;
            default:
                instant = default;
                return false;
        }
    }

    private static string Describe(object? value) => value is null ? "nothing" : $"'{HubFunctions.Text(value)}'";

    private static string Iso(DateTimeOffset time) => time.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
