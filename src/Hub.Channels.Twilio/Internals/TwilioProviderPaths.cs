namespace Hub.Channels.Twilio.Internals;

/// <summary>Where Twilio calls Hub back, under <c>/providers/{id}/</c>.</summary>
internal static class TwilioProviderPaths
{
    public const string Status = "status";
    public const string Inbound = "inbound";

    /// <summary>The query parameter of the status callback URL that carries Hub's message id.</summary>
    public const string MessageIdParameter = "hubMessageId";
}
