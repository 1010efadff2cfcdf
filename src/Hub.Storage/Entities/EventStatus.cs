namespace Hub.Storage.Entities;

public enum EventStatus
{
    Pending,
    Processed,
    Failed,
}
