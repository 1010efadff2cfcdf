using System.Text.RegularExpressions;
using Scriban.Runtime;

namespace Hub.Templates.Internals;

/// <summary>An email: subject, plain text and optionally HTML.</summary>
internal sealed partial class EmailVariant(string locale, TemplateText subject, TemplateText text, TemplateText? html)
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
        // Conditional blocks at the end of a text leave blank lines behind; they carry nothing.
        var body = text.Render(globals, target).TrimEnd();
        if (string.IsNullOrWhiteSpace(body))
        {
            throw text.Failure(target, "The text rendered empty.");
        }
        return new RenderedMessage(target.Channel, Locale, body, renderedSubject, html?.Render(globals, target));
    }

    [GeneratedRegex(@"\s*[\r\n]+\s*", RegexOptions.CultureInvariant)]
    private static partial Regex LineBreaks();
}
