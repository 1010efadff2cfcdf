using Hub.Channels;

namespace Hub.Templates;

/// <summary>A template rendered for one channel.</summary>
/// <param name="Locale">The locale of the variant that was used, as written in the template file (after fallback).</param>
/// <param name="Body">The text to send; for email, the plain-text part.</param>
/// <param name="Subject">Email only: one line, whitespace collapsed.</param>
/// <param name="Html">Email only, and only when the template has an <c>html</c> part.</param>
public sealed record RenderedMessage(string Channel, string Locale, string Body, string? Subject, string? Html)
{
    /// <summary>SMS only: the body's encoding and segments, so that a preview can show what the message will cost.</summary>
    public SmsAnalysis? Sms { get; init; }

    /// <summary>WhatsApp only: the approved template to send, its parameters rendered.</summary>
    public WhatsAppTemplateMessage? WhatsAppTemplate { get; init; }

    /// <summary>RCS only: the rich card to send instead of text.</summary>
    public RichCard? Card { get; init; }

    /// <summary>RCS only: suggested replies and actions under a text message.</summary>
    public IReadOnlyList<Suggestion> Suggestions { get; init; } = [];

    /// <summary>RCS only: the SMS text for a handset that cannot take RCS.</summary>
    public string? FallbackSms { get; init; }
}
