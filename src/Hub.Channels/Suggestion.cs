namespace Hub.Channels;

/// <summary>
/// A suggested reply or action under an RCS message or card. A <c>reply</c> comes back as an inbound message with
/// <see cref="Postback"/>; <c>open_url</c> opens <see cref="Url"/>; <c>dial</c> calls <see cref="PhoneNumber"/>.
/// </summary>
public sealed record Suggestion(string Kind, string Text, string Postback)
{
    public const string Reply = "reply";
    public const string OpenUrl = "open_url";
    public const string Dial = "dial";

    public string? Url { get; init; }

    public string? PhoneNumber { get; init; }
}
