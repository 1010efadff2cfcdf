namespace Hub.Messaging;

public enum MessageStatus
{
    Queued,
    Sent,
    Delivered,
    Failed,
}
