namespace Hub.Storage.Entities;

public enum MessageStatus
{
    Queued,
    Sent,
    Delivered,
    Failed,
}
