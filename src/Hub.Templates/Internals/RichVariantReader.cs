using Hub.Core.Channels;
using Hub.Specs;
using YamlDotNet.RepresentationModel;

namespace Hub.Templates.Internals;

/// <summary>
/// Reads a WhatsApp or RCS variant written as a mapping. WhatsApp: <c>text</c> and/or
/// <c>template: {name, language, header: [...], body: [...], buttons: [{index, sub_type, value}]}</c>. RCS: <c>text</c>
/// with <c>suggestions</c>, or <c>card: {title, description, media_url, suggestions}</c>; and <c>fallback_sms</c>.
/// </summary>
internal static class RichVariantReader
{
    /// <summary>What RCS Business Messaging shows: eleven suggestions under a message, four under a card.</summary>
    private const int MaxMessageSuggestions = 11;
    private const int MaxCardSuggestions = 4;

    private static readonly string[] ButtonSubTypes = ["url", "quick_reply"];

    public static ChannelVariant? Read(YamlMap map, string channel, string locale, string templateId, IReadOnlyList<string> fileLines, List<TemplateText> texts)
    {
        if (map.Mapping(locale) is not { } variant)
        {
            return null;
        }
        return channel == ChannelNames.WhatsApp
            ? ReadWhatsApp(variant, locale, templateId, fileLines, texts)
            : ReadRcs(variant, locale, templateId, fileLines, texts);
    }

    private static WhatsAppVariant? ReadWhatsApp(YamlMap variant, string locale, string templateId, IReadOnlyList<string> fileLines, List<TemplateText> texts)
    {
        variant.RejectUnknown(["text", "template"]);
        var text = TemplateText.Read(variant, "text", templateId, required: !variant.Has("template"), fileLines);
        texts.AddRange(text is null ? [] : [text]);
        WhatsAppTemplateSpec? approved = null;
        if (variant.Mapping("template") is { } template)
        {
            template.RejectUnknown(["name", "language", "header", "body", "buttons"]);
            var name = template.NonBlankText("name", required: true);
            // WhatsApp spells languages with an underscore (en_US); the variant's locale is the natural default.
            var language = template.NonBlankText("language") ?? locale.Replace('-', '_');
            var header = TextListReader.Read(template, "header", templateId, fileLines, texts);
            var body = TextListReader.Read(template, "body", templateId, fileLines, texts);
            var buttons = ReadButtons(template, templateId, fileLines, texts);
            approved = name is null ? null : new WhatsAppTemplateSpec(name, language, header, body, buttons);
            if (approved is null)
            {
                return null;
            }
        }
        return text is null && approved is null ? null : new WhatsAppVariant(locale, text, approved);
    }

    private static List<WhatsAppButtonSpec> ReadButtons(YamlMap template, string templateId, IReadOnlyList<string> fileLines, List<TemplateText> texts)
    {
        var buttons = new List<WhatsAppButtonSpec>();
        if (template.Node("buttons") is not { } node)
        {
            return buttons;
        }
        if (node is not YamlSequenceNode list)
        {
            template.Spec.Error(node, template.FieldOf("buttons"), "Expected a list of buttons: - {index: 0, sub_type: url, value: ...}.");
            return buttons;
        }
        for (var i = 0; i < list.Children.Count; i++)
        {
            if (YamlMap.From(template.Spec, list.Children[i], $"{template.FieldOf("buttons")}[{i}]") is not { } button)
            {
                continue;
            }
            button.RejectUnknown(["index", "sub_type", "value"]);
            var index = button.WholeNumber("index");
            if (index is null && !button.Has("index"))
            {
                button.Spec.Error(button.Line, button.FieldOf("index"), "Name the button's position in the approved template: index: 0, 1 or 2.");
            }
            else if (index is < 0 or > 9)
            {
                button.Spec.Error(button.LineOf("index"), button.FieldOf("index"), $"'{index}' is not a button position; WhatsApp templates have at most ten buttons, from 0.");
                index = null;
            }
            var subType = button.Choice("sub_type", ButtonSubTypes, required: true);
            var value = TemplateText.Read(button, "value", templateId, required: true, fileLines);
            texts.AddRange(value is null ? [] : [value]);
            if (index is not null && subType is not null && value is not null)
            {
                buttons.Add(new WhatsAppButtonSpec((int)index, subType, value));
            }
        }
        return buttons;
    }

    private static RcsVariant? ReadRcs(YamlMap variant, string locale, string templateId, IReadOnlyList<string> fileLines, List<TemplateText> texts)
    {
        variant.RejectUnknown(["text", "suggestions", "card", "fallback_sms"]);
        if (variant.Has("text") == variant.Has("card"))
        {
            variant.Spec.Error(variant.Line, variant.Path, "An RCS variant is a text (with suggestions) or a card: write one of text or card.");
            return null;
        }
        if (variant.Has("card") && variant.Has("suggestions"))
        {
            variant.Spec.Error(variant.LineOf("suggestions"), variant.FieldOf("suggestions"), "A card carries its own suggestions: write them under card.");
        }
        var text = TemplateText.Read(variant, "text", templateId, required: false, fileLines);
        var suggestions = SuggestionReader.Read(variant, MaxMessageSuggestions, templateId, fileLines, texts);
        var fallback = TemplateText.Read(variant, "fallback_sms", templateId, required: false, fileLines);
        texts.AddRange(new[] { text, fallback }.OfType<TemplateText>());
        RcsCardSpec? card = null;
        if (variant.Mapping("card") is { } written)
        {
            written.RejectUnknown(["title", "description", "media_url", "suggestions"]);
            var title = TemplateText.Read(written, "title", templateId, required: true, fileLines);
            var description = TemplateText.Read(written, "description", templateId, required: false, fileLines);
            var media = TemplateText.Read(written, "media_url", templateId, required: false, fileLines);
            texts.AddRange(new[] { title, description, media }.OfType<TemplateText>());
            var cardSuggestions = SuggestionReader.Read(written, MaxCardSuggestions, templateId, fileLines, texts);
            if (title is null)
            {
                return null;
            }
            card = new RcsCardSpec(title, description, media, cardSuggestions);
        }
        return text is null && card is null ? null : new RcsVariant(locale, text, card is null ? suggestions : [], card, fallback);
    }
}
