using System.Text.RegularExpressions;
using Scriban.Runtime;

namespace Hub.Templates.Internals;

/// <summary>
/// An email: subject, plain text and/or HTML, optionally inside a layout. Without <c>text</c> the plain-text part is
/// derived from the HTML; a layout wraps the HTML (and the text, when it has a text form).
/// </summary>
internal sealed partial class EmailVariant(string locale, TemplateText subject, TemplateText? text, TemplateText? html, EmailLayout? layout)
    : ChannelVariant(locale)
{
    public override RenderedMessage Render(RenderTarget target, ScriptObject globals)
    {
        // A subject is one header line: a newline from a block scalar or from data must not reach the mail headers.
        var renderedSubject = LineBreaks().Replace(subject.Render(globals, target), " ").Trim();
        if (renderedSubject.Length == 0)
        {
            throw subject.Failure(target, "The subject rendered empty.");
        }
        var renderedHtml = html?.Render(globals, target);
        // Conditional blocks at the end of a text leave blank lines behind; they carry nothing.
        var body = text is not null ? text.Render(globals, target).TrimEnd() : HtmlText.ToPlain(renderedHtml!);
        if (string.IsNullOrWhiteSpace(body))
        {
            throw (text ?? html!).Failure(target, "The text rendered empty.");
        }
        if (layout is not null)
        {
            body = layout.RenderText(body, target, globals);
            renderedHtml = renderedHtml is null ? null : layout.RenderHtml(renderedHtml, target, globals);
        }
        return new RenderedMessage(target.Channel, Locale, body, renderedSubject, renderedHtml);
    }

    [GeneratedRegex(@"\s*[\r\n]+\s*", RegexOptions.CultureInvariant)]
    private static partial Regex LineBreaks();
}
