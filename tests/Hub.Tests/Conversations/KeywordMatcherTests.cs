using Hub.Contacts;
using Hub.Conversations;

namespace Hub.Tests.Conversations;

public sealed class KeywordMatcherTests
{
    private static readonly KeywordPolicy Defaults = new();

    [Theory]
    [InlineData("STOP", KeywordKind.OptOut, "STOP", "en")]
    [InlineData(" stop ", KeywordKind.OptOut, "STOP", "en")]
    [InlineData("STOP.", KeywordKind.OptOut, "STOP", "en")]
    [InlineData("Stop!!!", KeywordKind.OptOut, "STOP", "en")]
    [InlineData("\"stop\"", KeywordKind.OptOut, "STOP", "en")]
    [InlineData("STOP 🛑", KeywordKind.OptOut, "STOP", "en")]
    [InlineData("\tUnsubscribe\r\n", KeywordKind.OptOut, "UNSUBSCRIBE", "en")]
    [InlineData("Stopp!", KeywordKind.OptOut, "STOPP", "nb")]
    [InlineData("slutt", KeywordKind.OptOut, "SLUTT", "nb")]
    [InlineData("Avslutt.", KeywordKind.OptOut, "AVSLUTT", "nb")]
    [InlineData("unstop", KeywordKind.OptIn, "UNSTOP", "en")]
    [InlineData("Hjelp?", KeywordKind.Help, "HJELP", "nb")]
    [InlineData("help", KeywordKind.Help, "HELP", "en")]
    public void A_message_that_is_only_a_keyword_matches_whatever_its_case_spaces_and_punctuation(string text, KeywordKind kind, string keyword, string language)
    {
        var match = KeywordMatcher.Match(text, Defaults, []);

        Assert.NotNull(match);
        Assert.Equal((kind, keyword, language), (match.Kind, match.Keyword, match.Language));
        Assert.Equal(kind switch
        {
            KeywordKind.OptOut => KeywordLanguage.Defaults[language].OptOutReply,
            KeywordKind.OptIn => KeywordLanguage.Defaults[language].OptInReply,
            _ => KeywordLanguage.Defaults[language].HelpReply,
        }, match.Reply);
    }

    [Theory]
    [InlineData("please stop the spam")]
    [InlineData("STOP IT")]
    [InlineData("stopped")]
    [InlineData("S T O P")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("!!!")]
    [InlineData(null)]
    public void Anything_more_or_less_than_a_keyword_is_a_message_for_a_person(string? text)
    {
        Assert.Null(KeywordMatcher.Match(text, Defaults, []));
    }

    [Fact]
    public void A_sender_that_narrows_the_languages_hears_only_those()
    {
        Assert.Null(KeywordMatcher.Match("Stopp", Defaults, ["en"]));
        Assert.Equal("en", KeywordMatcher.Match("stop", Defaults, ["en-US"])!.Language);
        Assert.Equal("nb", KeywordMatcher.Match("Stopp", Defaults, ["nb-NO"])!.Language);
    }

    [Fact]
    public void A_keyword_of_several_languages_answers_in_the_contacts_language_else_the_first_configured()
    {
        Assert.Equal("en", KeywordMatcher.Match("start", Defaults, [])!.Language);
        var norwegian = KeywordMatcher.Match("start", Defaults, [], preferredLocale: "nb-NO")!;
        Assert.Equal(("nb", KeywordLanguage.Defaults["nb"].OptInReply), (norwegian.Language, norwegian.Reply));
    }

    [Fact]
    public void Configured_keywords_replace_the_defaults_and_compare_as_written_is_trimmed()
    {
        var policy = new KeywordPolicy
        {
            Languages = new Dictionary<string, KeywordLanguage>
            {
                ["sv"] = new() { OptOut = [" Avsluta "], OptOutReply = "Du är avregistrerad." },
            },
        };

        var match = KeywordMatcher.Match("AVSLUTA!", policy, []);

        Assert.Equal((KeywordKind.OptOut, "sv", "Du är avregistrerad."), (match!.Kind, match.Language, match.Reply));
        Assert.Null(KeywordMatcher.Match("STOP", policy, []));
    }

    [Fact]
    public void A_keyword_without_a_configured_answer_still_matches_with_no_reply()
    {
        var policy = new KeywordPolicy { Languages = new Dictionary<string, KeywordLanguage> { ["en"] = new() { Help = ["INFO"] } } };
        var match = KeywordMatcher.Match("info", policy, []);
        Assert.Equal(KeywordKind.Help, match!.Kind);
        Assert.Null(match.Reply);
    }
}
