namespace Hub.Api.Contracts;

/// <summary>A character outside GSM-7 (<c>U+2019</c>), how often it occurs, and the GSM-7 text to write instead, if any.</summary>
public sealed record SmsCharacterPreview(string Character, string CodePoint, int Count, string? Replacement);
