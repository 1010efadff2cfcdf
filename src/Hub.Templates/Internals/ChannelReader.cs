using Hub.Core.Channels;
using Hub.Specs;
using YamlDotNet.RepresentationModel;

namespace Hub.Templates.Internals;

/// <summary>
/// Reads one channel's <c>locale: ...</c> entries. SMS takes one text (and <c>max_segments</c> beside its locales);
/// WhatsApp and RCS one text, or a mapping with their richer parts (<see cref="RichVariantReader"/>); email
/// <c>subject</c>, <c>text</c> and/or <c>html</c>, and <c>layout</c>.
/// </summary>
internal static class ChannelReader
{
    private static readonly string[] EmailKeys = ["subject", "text", "html", "layout"];

    public static ChannelVariants? Read(YamlMap root, string channel, string templateId, string defaultLocale, IReadOnlyList<string> fileLines, EmailLayouts layouts)
    {
        var node = root.Node(channel, required: true);
        if (node is null || YamlMap.From(root.Spec, node, channel, root.LineOf(channel)) is not { } map)
        {
            return null;
        }
        var maxSegments = channel == ChannelNames.Sms ? SmsSegmentLimitReader.Read(map) : null;
        var variants = new List<ChannelVariant>();
        var texts = new List<TemplateText>();
        var seen = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var locale in map.Keys)
        {
            if (locale == SmsSegmentLimitReader.Key)
            {
                if (channel != ChannelNames.Sms)
                {
                    map.Spec.Error(map.LineOf(locale), map.FieldOf(locale), $"'{locale}' is for sms only; {channel} messages are not cut into segments.");
                }
                continue;
            }
            if (!TemplateNames.Locale().IsMatch(locale))
            {
                map.Spec.Error(map.LineOf(locale), map.FieldOf(locale), $"'{locale}' is not a locale such as 'en' or 'de-CH'.");
                continue;
            }
            if (!seen.TryAdd(LocaleFallback.Normalize(locale), locale))
            {
                map.Spec.Error(map.LineOf(locale), map.FieldOf(locale), $"Locale '{locale}' is the same as '{seen[LocaleFallback.Normalize(locale)]}'.");
                continue;
            }
            if (ReadVariant(map, channel, locale, templateId, maxSegments, fileLines, texts, layouts) is { } variant)
            {
                variants.Add(variant);
            }
        }
        if (!seen.ContainsKey(LocaleFallback.Normalize(defaultLocale)))
        {
            map.Spec.Error(map.Line, channel,
                $"There is no '{defaultLocale}' text; every channel needs one for the default_locale, which all other locales fall back to.");
        }
        return new ChannelVariants(variants, texts);
    }

    private static ChannelVariant? ReadVariant(YamlMap map, string channel, string locale, string templateId, int? maxSegments,
        IReadOnlyList<string> fileLines, List<TemplateText> texts, EmailLayouts layouts)
    {
        if (channel is ChannelNames.WhatsApp or ChannelNames.Rcs && map.Node(locale) is YamlMappingNode)
        {
            return RichVariantReader.Read(map, channel, locale, templateId, fileLines, texts);
        }
        if (channel != ChannelNames.Email)
        {
            var body = TemplateText.Read(map, locale, templateId, required: true, fileLines);
            texts.AddRange(body is null ? [] : [body]);
            return body is null ? null
                : channel == ChannelNames.Sms ? new SmsVariant(locale, body, maxSegments) : new TextVariant(locale, body);
        }
        var node = map.Node(locale, required: true);
        if (node is null || YamlMap.From(map.Spec, node, map.FieldOf(locale), map.LineOf(locale)) is not { } email)
        {
            return null;
        }
        email.RejectUnknown(EmailKeys);
        var subject = TemplateText.Read(email, "subject", templateId, required: true, fileLines);
        // Without text, the plain-text part is derived from the HTML; one of them must be there.
        var text = TemplateText.Read(email, "text", templateId, required: !email.Has("html"), fileLines);
        var html = TemplateText.Read(email, "html", templateId, required: false, fileLines);
        texts.AddRange(new[] { subject, text, html }.OfType<TemplateText>());
        EmailLayout? layout = null;
        if (email.Text("layout") is { } layoutId && (layout = layouts.Find(layoutId)) is null)
        {
            email.Spec.Error(email.LineOf("layout"), email.FieldOf("layout"), layouts.Ids.Count == 0
                ? $"There is no layout '{layoutId}': there are no layouts in templates/layouts/."
                : $"There is no layout '{layoutId}'; the layouts are: {string.Join(", ", layouts.Ids.Order(StringComparer.Ordinal))}.");
        }
        return subject is null || (text is null && html is null) || (email.Has("layout") && layout is null)
            ? null : new EmailVariant(locale, subject, text, html, layout);
    }
}
