namespace Hub.Contacts;

/// <summary>One language's keywords and the answers Hub sends on the channel the keyword came in on.</summary>
public sealed record KeywordLanguage
{
    public IReadOnlyList<string> OptOut { get; init; } = [];
    public IReadOnlyList<string> OptIn { get; init; } = [];
    public IReadOnlyList<string> Help { get; init; } = [];
    public string? OptOutReply { get; init; }
    public string? OptInReply { get; init; }
    public string? HelpReply { get; init; }

    /// <summary>English and Norwegian, as carriers and customers write them.</summary>
    public static IReadOnlyDictionary<string, KeywordLanguage> Defaults { get; } = new Dictionary<string, KeywordLanguage>
    {
        ["en"] = new()
        {
            OptOut = ["STOP", "STOPALL", "UNSUBSCRIBE", "CANCEL", "END", "QUIT"],
            OptIn = ["START", "UNSTOP"],
            Help = ["HELP", "INFO"],
            OptOutReply = "You are unsubscribed and will receive no more messages. Reply START to subscribe again.",
            OptInReply = "You are subscribed again. Reply STOP to unsubscribe.",
            HelpReply = "Reply STOP to unsubscribe, START to subscribe again.",
        },
        ["nb"] = new()
        {
            OptOut = ["STOPP", "SLUTT", "AVSLUTT", "AVMELD"],
            OptIn = ["START", "STARTE"],
            Help = ["HJELP"],
            OptOutReply = "Du er meldt av og får ikke flere meldinger. Svar START for å melde deg på igjen.",
            OptInReply = "Du er meldt på igjen. Svar STOPP for å melde deg av.",
            HelpReply = "Svar STOPP for å melde deg av, START for å melde deg på igjen.",
        },
    };
}
