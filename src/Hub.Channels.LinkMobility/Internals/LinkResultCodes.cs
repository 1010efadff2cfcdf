using System.Collections.Frozen;

namespace Hub.Channels.LinkMobility.Internals;

/// <summary>
/// LINK's result codes (MT/DLR 1.18 "Result Codes" and "Error Result Codes", Gate API 1.2 "Error Codes"), each
/// classified once. In a send's answer: what may pass on retry is transient (routing, throttling, operator and LINK
/// outages, a full handset), a destination that cannot take SMS is unreachable (the next channel carries the message
/// at once), everything the request itself got wrong (sender, content, charging, account) is permanent, and a code
/// whose delivery LINK calls UNKNOWN after the fact (1010) is permanent too, since a retry might deliver it twice.
/// In a delivery report: TEMP codes are <c>Sent</c>, 1001/1007 <c>Delivered</c>, validity ran out <c>Expired</c>,
/// a destination error <c>Undeliverable</c>, any other final code <c>Failed</c>.
/// </summary>
internal static class LinkResultCodes
{
    private const SendOutcome Transient = SendOutcome.TransientFailure;
    private const SendOutcome Permanent = SendOutcome.PermanentFailure;
    private const SendOutcome Unreachable = SendOutcome.Unreachable;
    private const SendOutcome Accepted = SendOutcome.Accepted;

    private static readonly FrozenDictionary<int, LinkResultCode> Codes = new LinkResultCode[]
    {
        new(0, "Unknown error", Transient, ReceiptStatus.Failed),
        new(1, "Temporary routing error", Transient, ReceiptStatus.Failed),
        new(2, "Permanent routing error", Permanent, ReceiptStatus.Failed),
        new(3, "Maximum throttling exceeded", Transient, ReceiptStatus.Failed),
        new(4, "Timeout", Transient, ReceiptStatus.Failed),
        new(5, "Operator unknown error", Transient, ReceiptStatus.Failed),
        new(6, "Operator error", Transient, ReceiptStatus.Failed),
        new(104, "Configuration error", Permanent, ReceiptStatus.Failed),
        new(105, "Internal error (internal LINK Mobility error)", Transient, ReceiptStatus.Failed),
        new(1000, "Sent (to operator)", Accepted, ReceiptStatus.Sent),
        new(1001, "Billed and delivered", SendOutcome.Delivered, ReceiptStatus.Delivered),
        new(1002, "Expired", Permanent, ReceiptStatus.Expired),
        new(1003, "Deleted", Permanent, ReceiptStatus.Failed),
        new(1004, "Mobile full", Transient, ReceiptStatus.Failed),
        new(1005, "Queued", Accepted, ReceiptStatus.Sent),
        new(1006, "Not delivered", Permanent, ReceiptStatus.Failed),
        new(1007, "Delivered, billed delayed", SendOutcome.Delivered, ReceiptStatus.Delivered),
        new(1008, "Billed OK (charged before sending)", Accepted, ReceiptStatus.Sent),
        new(1009, "Billed OK and not delivered", Permanent, ReceiptStatus.Failed),
        new(1010, "Expired, absence of operator delivery report", Permanent, ReceiptStatus.Expired),
        new(1011, "Billed OK and sent (to operator)", Accepted, ReceiptStatus.Sent),
        new(1012, "Delayed (temporary billing error, LINK will resend)", Accepted, ReceiptStatus.Sent),
        new(1013, "Sent to operator, bill delayed", Accepted, ReceiptStatus.Sent),
        new(2000, "Invalid source", Permanent, ReceiptStatus.Failed),
        new(2001, "Source short number not supported", Permanent, ReceiptStatus.Failed),
        new(2002, "Source alpha not supported", Permanent, ReceiptStatus.Failed),
        new(2003, "Source MSISDN not supported", Permanent, ReceiptStatus.Failed),
        new(2100, "Destination short number not supported", Unreachable, ReceiptStatus.Undeliverable),
        new(2101, "Destination alpha not supported", Unreachable, ReceiptStatus.Undeliverable),
        new(2102, "Destination MSISDN not supported", Unreachable, ReceiptStatus.Undeliverable),
        new(2103, "Operation blocked for destination", Unreachable, ReceiptStatus.Undeliverable),
        new(2104, "Unknown subscriber", Unreachable, ReceiptStatus.Undeliverable),
        new(2105, "Destination blocked (subscriber permanently barred)", Unreachable, ReceiptStatus.Undeliverable),
        new(2106, "Number error", Unreachable, ReceiptStatus.Undeliverable),
        // Barred for now, but for how long nobody says: another channel should carry the message rather than wait.
        new(2107, "Destination temporarily blocked (subscriber temporarily barred)", Unreachable, ReceiptStatus.Undeliverable),
        new(2200, "Charging error", Permanent, ReceiptStatus.Failed),
        new(2201, "Subscriber has low balance", Permanent, ReceiptStatus.Failed),
        new(2202, "Subscriber barred for premium messages", Permanent, ReceiptStatus.Failed),
        new(2203, "Subscriber too young", Permanent, ReceiptStatus.Failed),
        new(2204, "Prepaid subscriber not allowed", Permanent, ReceiptStatus.Failed),
        new(2205, "Service rejected by subscriber", Permanent, ReceiptStatus.Failed),
        new(2206, "Subscriber not registered in payment system", Permanent, ReceiptStatus.Failed),
        new(2207, "Subscriber has reached max balance", Permanent, ReceiptStatus.Failed),
        new(3000, "GSM encoding is not supported", Permanent, ReceiptStatus.Failed),
        new(3001, "UCS2 encoding is not supported", Permanent, ReceiptStatus.Failed),
        new(3002, "Binary encoding is not supported", Permanent, ReceiptStatus.Failed),
        new(4000, "Delivery report is not supported", Permanent, ReceiptStatus.Failed),
        new(4001, "Invalid message content", Permanent, ReceiptStatus.Failed),
        new(4002, "Invalid tariff", Permanent, ReceiptStatus.Failed),
        new(4003, "Invalid user data", Permanent, ReceiptStatus.Failed),
        new(4004, "Invalid user data header", Permanent, ReceiptStatus.Failed),
        new(4005, "Invalid data coding", Permanent, ReceiptStatus.Failed),
        new(4006, "Invalid VAT", Permanent, ReceiptStatus.Failed),
        new(4007, "Unsupported content for destination", Permanent, ReceiptStatus.Failed),
        new(106000, "Unknown error", Transient, ReceiptStatus.Failed),
        new(106100, "Invalid authentication: check the username and password", Permanent, ReceiptStatus.Failed),
        new(106101, "Access denied: check the username and password", Permanent, ReceiptStatus.Failed),
        new(106200, "Invalid or missing platformId", Permanent, ReceiptStatus.Failed),
        new(106201, "Invalid or missing platformPartnerId", Permanent, ReceiptStatus.Failed),
        new(106202, "Invalid or missing currency for premium message", Permanent, ReceiptStatus.Failed),
        new(106300, "No gates available", Transient, ReceiptStatus.Failed),
        new(106301, "Specified gate unavailable: check the deliveryReportGate", Permanent, ReceiptStatus.Failed),
        new(103000, "Unknown error", Transient, ReceiptStatus.Failed),
        new(103050, "Storage error", Transient, ReceiptStatus.Failed),
        new(103100, "Invalid authentication", Permanent, ReceiptStatus.Failed),
        new(103101, "Access denied", Permanent, ReceiptStatus.Failed),
        new(103201, "Invalid platform id", Permanent, ReceiptStatus.Failed),
        new(103202, "Invalid partner id", Permanent, ReceiptStatus.Failed),
        new(103211, "Invalid ref id", Permanent, ReceiptStatus.Failed),
        new(103212, "Duplicate ref id", Permanent, ReceiptStatus.Failed),
        new(103290, "Invalid forwarding object", Permanent, ReceiptStatus.Failed),
        new(103300, "Missing parameters", Permanent, ReceiptStatus.Failed),
        new(103301, "Invalid id", Permanent, ReceiptStatus.Failed),
        new(103302, "Invalid gate", Permanent, ReceiptStatus.Failed),
        new(103303, "No gates found", Permanent, ReceiptStatus.Failed),
        new(103304, "Gate not found", Permanent, ReceiptStatus.Failed),
        new(103400, "Illegal return type", Permanent, ReceiptStatus.Failed),
    }.ToFrozenDictionary(c => c.Code);

    public static LinkResultCode? Find(int code) => Codes.GetValueOrDefault(code);
}
