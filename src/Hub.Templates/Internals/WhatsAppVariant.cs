using Scriban.Runtime;

namespace Hub.Templates.Internals;

/// <summary>
/// WhatsApp: free-form <c>text</c> (what the 24-hour service window allows) and/or an approved-template reference
/// (what a business-initiated message must be). The provider sends the template when there is one; the body is the
/// text, or a one-line summary of the template for the message ledger and the sandbox handset.
/// </summary>
internal sealed class WhatsAppVariant(string locale, TemplateText? text, WhatsAppTemplateSpec? template) : ChannelVariant(locale)
{
    /// <summary>Whether it names a template approved in WhatsApp Manager: what may go outside the 24-hour window.</summary>
    public bool HasApprovedTemplate => template is not null;

    public override RenderedMessage Render(RenderTarget target, ScriptObject globals)
    {
        var body = text?.RenderMessage(globals, target);
        var approved = template?.Render(target, globals);
        body ??= $"{approved!.Name} ({approved.Language}): {string.Join(" | ", approved.HeaderParameters.Concat(approved.BodyParameters))}";
        return new RenderedMessage(target.Channel, Locale, body, null, null) { WhatsAppTemplate = approved };
    }
}
