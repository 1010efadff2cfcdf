namespace Hub.Messaging;

public static class MessagingJobKinds
{
    /// <summary>Hand a rendered message to its provider.</summary>
    public const string Deliver = "send-message";
}
