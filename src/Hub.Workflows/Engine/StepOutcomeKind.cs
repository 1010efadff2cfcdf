namespace Hub.Workflows.Engine;

public enum StepOutcomeKind
{
    Next,
    Done,
    Fail,
}
