namespace Hub.Intake;

public enum InboundStatus
{
    Pending,
    Processed,
    Ignored,
    Failed,
}
