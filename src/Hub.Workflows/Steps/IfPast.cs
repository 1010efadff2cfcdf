namespace Hub.Workflows;

/// <summary>A delay whose instant has passed (a reminder for an appointment less than a day away).</summary>
public enum IfPast
{
    /// <summary>Go on at once with the next step.</summary>
    Run,

    /// <summary>Skip the step right after the delay (the one it was timing) and go on after it.</summary>
    Skip,
}
