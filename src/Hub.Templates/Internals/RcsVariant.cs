using Scriban.Runtime;

namespace Hub.Templates.Internals;

/// <summary>
/// RCS: a text with suggestions, or a rich card; plus the SMS text a handset without RCS gets. The body is the text,
/// or the card's title and description, for the message ledger and the sandbox handset.
/// </summary>
internal sealed class RcsVariant(string locale, TemplateText? text, IReadOnlyList<SuggestionSpec> suggestions, RcsCardSpec? card, TemplateText? fallbackSms)
    : ChannelVariant(locale)
{
    public override RenderedMessage Render(RenderTarget target, ScriptObject globals)
    {
        var rendered = card?.Render(target, globals);
        var body = text?.RenderMessage(globals, target)
            ?? string.Join("\n\n", new[] { rendered!.Title, rendered.Description }.OfType<string>());
        return new RenderedMessage(target.Channel, Locale, body, null, null)
        {
            Card = rendered,
            Suggestions = [.. suggestions.Select(s => s.Render(target, globals))],
            FallbackSms = fallbackSms?.RenderMessage(globals, target),
        };
    }
}
