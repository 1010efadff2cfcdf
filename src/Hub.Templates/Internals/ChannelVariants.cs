namespace Hub.Templates.Internals;

/// <summary>One channel's variants keyed by locale; locales compare case-insensitively, as BCP 47 says they do.</summary>
internal sealed class ChannelVariants(IReadOnlyList<ChannelVariant> variants, IReadOnlyList<TemplateText> texts)
{
    private readonly Dictionary<string, ChannelVariant> _byLocale =
        variants.ToDictionary(v => LocaleFallback.Normalize(v.Locale), StringComparer.OrdinalIgnoreCase);

    public IReadOnlyList<string> Locales { get; } = [.. variants.Select(v => v.Locale)];

    public IReadOnlyList<ChannelVariant> All => variants;

    /// <summary>Every text of every locale, for checks that look at what the channel reads.</summary>
    public IReadOnlyList<TemplateText> Texts { get; } = texts;

    public ChannelVariant? Resolve(string? requested, string defaultLocale) =>
        LocaleFallback.Candidates(requested, defaultLocale)
            .Select(locale => _byLocale.GetValueOrDefault(locale))
            .FirstOrDefault(variant => variant is not null);
}
