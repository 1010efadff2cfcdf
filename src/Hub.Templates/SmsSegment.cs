namespace Hub.Templates;

/// <summary>One part of a (possibly concatenated) SMS.</summary>
/// <param name="Start">Index in the text (UTF-16) where the part starts.</param>
/// <param name="Length">UTF-16 characters of the text in this part; <c>text.Substring(Start, Length)</c> is its text.</param>
/// <param name="Units">Septets (GSM-7) or UTF-16 code units (UCS-2) the part uses on the air.</param>
public readonly record struct SmsSegment(int Start, int Length, int Units);
