namespace Hub.Storage.Jobs;

public static class JobKinds
{
    /// <summary>Verify-free normalization of a stored webhook into canonical events.</summary>
    public const string Ingest = "ingest";

    /// <summary>Start the workflows an event triggers.</summary>
    public const string RouteEvent = "route-event";

    /// <summary>Hand a rendered message to its provider.</summary>
    public const string SendMessage = "send-message";
}
