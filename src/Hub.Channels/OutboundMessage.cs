namespace Hub.Channels;

/// <summary>
/// A rendered message ready for a provider. <see cref="Id"/> doubles as the idempotency key. <see cref="Body"/> is
/// always set (the text, or the plain-text form of a richer message); <see cref="WhatsAppTemplate"/>,
/// <see cref="Card"/> and <see cref="Suggestions"/> are set when the template's variant for the channel has them.
/// </summary>
public sealed record OutboundMessage
{
    public required string Id { get; init; }
    public required string Channel { get; init; }
    public required string To { get; init; }
    public string? Subject { get; init; }
    public required string Body { get; init; }
    public string? HtmlBody { get; init; }

    /// <summary>WhatsApp: send this approved template instead of free-form text.</summary>
    public WhatsAppTemplateMessage? WhatsAppTemplate { get; init; }

    /// <summary>RCS: send this rich card instead of text.</summary>
    public RichCard? Card { get; init; }

    /// <summary>RCS: suggested replies and actions under a text message.</summary>
    public IReadOnlyList<Suggestion> Suggestions { get; init; } = [];

    /// <summary>RCS: the SMS text for a handset that cannot take RCS, for providers that fall back in the same request.</summary>
    public string? FallbackSms { get; init; }

    /// <summary>The canonical event the message answers, when a workflow sent it.</summary>
    public string? EventId { get; init; }

    public string? WorkflowId { get; init; }

    /// <summary>The workspace that sends it (a provider that keeps a record of what it carried files it there).</summary>
    public string? WorkspaceId { get; init; }

    /// <summary>When the message was composed (not when this attempt runs).</summary>
    public DateTimeOffset CreatedAt { get; init; }
}
