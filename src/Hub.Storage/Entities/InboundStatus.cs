namespace Hub.Storage.Entities;

public enum InboundStatus
{
    Pending,
    Processed,
    Ignored,
    Failed,
}
