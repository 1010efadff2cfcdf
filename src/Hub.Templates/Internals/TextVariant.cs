using Scriban.Runtime;

namespace Hub.Templates.Internals;

/// <summary>A plain text body: for now WhatsApp and RCS (SMS has <see cref="SmsVariant"/>).</summary>
internal sealed class TextVariant(string locale, TemplateText body) : ChannelVariant(locale)
{
    public override RenderedMessage Render(RenderTarget target, ScriptObject globals) =>
        new(target.Channel, Locale, body.RenderMessage(globals, target), null, null);
}
