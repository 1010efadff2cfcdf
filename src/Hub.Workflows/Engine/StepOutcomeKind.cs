namespace Hub.Workflows.Engine;

public enum StepOutcomeKind
{
    /// <summary>Go on with the step after this one.</summary>
    Next,

    /// <summary>Go on with the start of one of the step's branches (<see cref="StepOutcome.Branch"/>).</summary>
    Branch,

    /// <summary>Skip the step after this one (a delay whose time has passed, with <c>if_past: skip</c>).</summary>
    SkipNext,

    /// <summary>Stop until <see cref="StepOutcome.WakeAt"/>, then go on with the next step.</summary>
    Sleep,

    /// <summary>Stop until an event of <see cref="StepOutcome.WaitEventType"/> arrives for the key, or the timeout.</summary>
    Wait,

    /// <summary>The instance is complete.</summary>
    End,

    /// <summary>The step cannot succeed as written (a bad expression, a refused address): fault the instance.</summary>
    Fail,
}
