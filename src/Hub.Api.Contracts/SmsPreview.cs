namespace Hub.Api.Contracts;

/// <summary>What an SMS costs: encoding (GSM-7 or UCS-2), units in that encoding, segments, and what forced UCS-2.</summary>
public sealed record SmsPreview(string Encoding, int Characters, int Units, int Segments, IReadOnlyList<SmsCharacterPreview> UnicodeCharacters);
