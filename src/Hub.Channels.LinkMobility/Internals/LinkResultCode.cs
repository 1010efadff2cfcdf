namespace Hub.Channels.LinkMobility.Internals;

/// <summary>
/// One of LINK's result codes: what it means in a send's answer (<see cref="Send"/>) and in a delivery report
/// (<see cref="Receipt"/>). <see cref="Temporary"/> is LINK's TEMP state: the message is still on its way.
/// </summary>
internal sealed record LinkResultCode(int Code, string Description, SendOutcome Send, ReceiptStatus Receipt)
{
    public bool Temporary => Receipt == ReceiptStatus.Sent;
}
