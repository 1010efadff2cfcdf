namespace Hub.Conversations;

/// <summary>A message that is only a keyword: what it does, the language whose list has it, and that language's answer.</summary>
/// <param name="Keyword">The keyword as configured (<c>STOPP</c>), not as written.</param>
/// <param name="Reply">The configured answer of <paramref name="Language"/>; null when it has none (nothing is sent).</param>
public sealed record KeywordMatch(KeywordKind Kind, string Keyword, string Language, string? Reply)
{
    public string KindName => Kind switch
    {
        KeywordKind.OptOut => "opt_out",
        KeywordKind.OptIn => "opt_in",
        _ => "help",
    };
}
