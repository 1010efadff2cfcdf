using Hub.Core.Channels;
using Hub.Specs;
using Hub.Templates.Internals;
using Scriban.Runtime;

namespace Hub.Templates;

/// <summary>One kind of message with its texts per channel and locale, every text parsed when the file was loaded.</summary>
public sealed class MessageTemplate
{
    private readonly IReadOnlyDictionary<string, ChannelVariants> _channels;

    internal MessageTemplate(string id, string? description, string defaultLocale, string version, string file,
        IReadOnlyDictionary<string, ChannelVariants> channels)
    {
        Id = id;
        Description = description;
        DefaultLocale = defaultLocale;
        Version = version;
        File = file;
        _channels = channels;
        Channels = [.. channels.Keys];
    }

    public string Id { get; }

    public string? Description { get; }

    /// <summary>The locale every channel has, used when neither the requested locale nor its language is there.</summary>
    public string DefaultLocale { get; }

    /// <summary>The first 12 hex digits of the SHA-256 of the file, so a sent message can say which text produced it.</summary>
    public string Version { get; }

    public string File { get; }

    /// <summary>The YAML text the template was read from, as stored in a version.</summary>
    public string Source { get; init; } = "";

    /// <summary>The stored version's number (1, 2, 3 per template); null for a template read from a file only.</summary>
    public int? Number { get; internal set; }

    /// <summary>The <c>default_time_zone</c> for recipients whose contact has no <c>timeZone</c>; null means UTC.</summary>
    public TimeZoneInfo? DefaultTimeZone { get; init; }

    /// <summary>Every data path the template's texts read, with file, line and column, for checks against an event schema.</summary>
    public IReadOnlyList<SpecRead> Reads => _reads ??= [.. _channels.Values.SelectMany(c => c.Texts).SelectMany(t => t.Reads)];

    private IReadOnlyList<SpecRead>? _reads;

    /// <summary>The channels this template has variants for, in the order of <c>ChannelNames.All</c>.</summary>
    public IReadOnlyCollection<string> Channels { get; }

    public bool HasChannel(string channel) => _channels.ContainsKey(channel);

    /// <summary>
    /// Whether the WhatsApp variant <paramref name="locale"/> resolves to names a template approved in WhatsApp
    /// Manager: only such a message may start a conversation outside WhatsApp's 24-hour service window.
    /// </summary>
    public bool HasApprovedWhatsAppTemplate(string? locale) =>
        _channels.TryGetValue(ChannelNames.WhatsApp, out var variants)
        && variants.Resolve(locale, DefaultLocale) is WhatsAppVariant { HasApprovedTemplate: true };

    /// <summary>The locales written for <paramref name="channel"/>; empty when the template has no such channel.</summary>
    public IReadOnlyList<string> LocalesOf(string channel) =>
        _channels.TryGetValue(channel, out var variants) ? variants.Locales : [];

    /// <summary>
    /// What needs no data to find: literal SMS text that forces UCS-2 or exceeds <c>max_segments</c>, and locales
    /// written for some channels but not others (a contact in that locale gets those channels in the default).
    /// </summary>
    public IReadOnlyList<TemplateLintFinding> Lint()
    {
        var findings = new List<TemplateLintFinding>();
        var everyLocale = _channels.Values.SelectMany(v => v.Locales).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        foreach (var (channel, variants) in _channels)
        {
            foreach (var missing in everyLocale.Where(l => !variants.Locales.Contains(l, StringComparer.OrdinalIgnoreCase)))
            {
                findings.Add(new TemplateLintFinding("warning", channel, missing, channel, 0,
                    $"There is no {channel} text in {missing}, which other channels have: a {missing} contact gets {channel} in {variants.Resolve(missing, DefaultLocale)?.Locale ?? DefaultLocale}."));
            }
            findings.AddRange(variants.All.SelectMany(v => v.Lint(channel)));
        }
        return findings;
    }

    /// <summary>
    /// Renders the variant for <paramref name="channel"/> in <paramref name="locale"/> (falling back to its language,
    /// then to <see cref="DefaultLocale"/>). Throws <see cref="TemplateRenderException"/> when the channel has no variant
    /// or the text fails to render.
    /// </summary>
    public RenderedMessage Render(string channel, string? locale, ScriptObject globals)
    {
        ArgumentNullException.ThrowIfNull(channel);
        ArgumentNullException.ThrowIfNull(globals);
        var variant = _channels.TryGetValue(channel, out var variants) ? variants.Resolve(locale, DefaultLocale) : null;
        if (variant is null)
        {
            throw new TemplateRenderException(
                $"Template '{Id}' has no {channel} variant (locale {locale ?? DefaultLocale}); it has: {string.Join(", ", Channels)}.")
            {
                TemplateId = Id,
                Channel = channel,
                File = File,
            };
        }
        var target = new RenderTarget(Id, channel, variant.Locale)
        {
            Settings = RecipientSettings.For(locale, variant.Locale, DefaultTimeZone, globals),
        };
        return variant.Render(target, globals);
    }
}
