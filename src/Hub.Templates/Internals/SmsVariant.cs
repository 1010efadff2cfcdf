using Scriban.Runtime;

namespace Hub.Templates.Internals;

/// <summary>An SMS text, analysed on every render and held to the template's <c>max_segments</c> when it has one.</summary>
internal sealed class SmsVariant(string locale, TemplateText body, int? maxSegments) : ChannelVariant(locale)
{
    public override RenderedMessage Render(RenderTarget target, ScriptObject globals)
    {
        var text = body.RenderMessage(globals, target);
        var sms = SmsAnalyzer.Analyze(text);
        if (sms.Segments > maxSegments)
        {
            // Data decides the length (a long name, a Cyrillic street), so this is a render failure, not a load error.
            throw body.Failure(target, SmsLimitMessage.Describe(text, sms, maxSegments.Value), sms);
        }
        return new RenderedMessage(target.Channel, Locale, text, null, null) { Sms = sms };
    }
}
