using Scriban.Runtime;

namespace Hub.Templates.Internals;

/// <summary>A plain text body: SMS, and for now WhatsApp and RCS.</summary>
internal sealed class TextVariant(string locale, TemplateText body) : ChannelVariant(locale)
{
    public override RenderedMessage Render(RenderTarget target, ScriptObject globals)
    {
        // A block scalar ends in a newline the analyst never meant to send, and on SMS it can cost a segment.
        var text = body.Render(globals, target).TrimEnd();
        return text.Length == 0
            ? throw body.Failure(target, "The message rendered empty.")
            : new RenderedMessage(target.Channel, Locale, text, null, null);
    }
}
