namespace Hub.Runtime.Events;

public enum EventStatus
{
    Pending,
    Processed,
    Failed,
}
