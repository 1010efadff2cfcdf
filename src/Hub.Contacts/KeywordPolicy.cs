namespace Hub.Contacts;

/// <summary>
/// Keywords per language and what each answers. A message that is only a keyword matches whatever its case,
/// surrounding spaces and punctuation; the keywords of every language apply unless a sender narrows them.
/// </summary>
public sealed record KeywordPolicy
{
    /// <summary>Per language (<c>en</c>, <c>nb</c>): its keywords and answers.</summary>
    public IReadOnlyDictionary<string, KeywordLanguage> Languages { get; init; } = KeywordLanguage.Defaults;
}
