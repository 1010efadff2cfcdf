namespace Hub.Channels;

/// <summary>
/// What a provider type made of one callback: the receipts, inbound messages and consent signals it carried (Hub
/// stores them, then answers), or why it was refused. <see cref="ResponseBody"/> is for handshakes that must echo something
/// (WhatsApp's <c>hub.challenge</c>, RBM's validation token); otherwise Hub answers 200 with no body.
/// </summary>
public sealed record CallbackResult
{
    /// <summary>200 when accepted; 401 unverified; 400 unparseable; 404 unknown path.</summary>
    public int StatusCode { get; init; } = 200;

    /// <summary>Why it was refused (goes into the problem+json detail; never echoes secrets or message text).</summary>
    public string? Error { get; init; }

    public IReadOnlyList<DeliveryReceipt> Receipts { get; init; } = [];

    public IReadOnlyList<InboundMessage> Inbound { get; init; } = [];

    /// <summary>Consent changes the provider reports (a marketing stop, an unsubscribe, a hard bounce), recorded in the callback's transaction.</summary>
    public IReadOnlyList<ConsentSignal> ConsentSignals { get; init; } = [];

    public string? ResponseBody { get; init; }

    public string? ResponseContentType { get; init; }

    public bool Accepted => StatusCode is >= 200 and < 300;

    public static CallbackResult Of(IReadOnlyList<DeliveryReceipt> receipts, IReadOnlyList<InboundMessage>? inbound = null) =>
        new() { Receipts = receipts, Inbound = inbound ?? [] };

    public static CallbackResult OfInbound(params InboundMessage[] inbound) => new() { Inbound = inbound };

    /// <summary>Nothing to store, but the far side is answered 200 (a status Hub does not track, a test ping).</summary>
    public static CallbackResult Ignored { get; } = new();

    public static CallbackResult Respond(string body, string contentType = "text/plain") =>
        new() { ResponseBody = body, ResponseContentType = contentType };

    public static CallbackResult Unauthorized(string error) => new() { StatusCode = 401, Error = error };

    public static CallbackResult Invalid(string error) => new() { StatusCode = 400, Error = error };

    public static CallbackResult NotFound(string error) => new() { StatusCode = 404, Error = error };
}
