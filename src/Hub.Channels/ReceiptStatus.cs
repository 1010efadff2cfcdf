namespace Hub.Channels;

/// <summary>
/// One lifecycle for every provider: <c>Sent → Delivered → Read</c>, or a final <c>Failed</c> (the provider or carrier
/// gave up), <c>Undeliverable</c> (the address cannot receive: unknown number, bounced mailbox) or <c>Expired</c>
/// (validity ran out before delivery). Later members are further along: a receipt never moves a message back.
/// </summary>
public enum ReceiptStatus
{
    Sent = 1,
    Delivered = 2,
    Read = 3,
    Failed = 4,
    Undeliverable = 5,
    Expired = 6,
}
