namespace Hub.Api.Contracts;

/// <summary>
/// One channel in one locale: <see cref="Locale"/> is the variant used after fallback (nb-NO → nb → the default);
/// <see cref="Sms"/> is set for SMS; <see cref="Error"/> replaces the text when it failed.
/// </summary>
public sealed record TemplateVariantPreview(
    string Channel, string RequestedLocale, string? Locale, string? Subject, string? Body, string? Html,
    SmsPreview? Sms, TemplateErrorResponse? Error);
