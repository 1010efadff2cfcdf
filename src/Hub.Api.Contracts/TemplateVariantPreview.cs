using System.Text.Json;

namespace Hub.Api.Contracts;

/// <summary>
/// One channel in one locale: <see cref="Locale"/> is the variant used after fallback (nb-NO → nb → the default);
/// <see cref="Sms"/> is set for SMS; <see cref="Rich"/> for WhatsApp and RCS variants with richer parts (the approved
/// template with its parameters, the card, suggestions, the fallback SMS, as stored on the message); <see cref="Error"/>
/// replaces the text when it failed.
/// </summary>
public sealed record TemplateVariantPreview(
    string Channel, string RequestedLocale, string? Locale, string? Subject, string? Body, string? Html,
    SmsPreview? Sms, TemplateErrorResponse? Error, JsonElement? Rich = null);
