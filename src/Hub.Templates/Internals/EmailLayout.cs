using Hub.Scripting;
using Scriban.Runtime;

namespace Hub.Templates.Internals;

/// <summary>One email layout: the HTML around the variant's HTML, and optionally the plain text around its text.</summary>
internal sealed class EmailLayout(string id, TemplateText html, TemplateText? text)
{
    public string Id { get; } = id;

    /// <summary>The variant's rendered HTML goes in as markup: its values were escaped once already.</summary>
    public string RenderHtml(string content, RenderTarget target, ScriptObject globals) =>
        html.Render(With(globals, new HtmlMarkup(content)), target);

    public string RenderText(string content, RenderTarget target, ScriptObject globals) =>
        text is null ? content : text.Render(With(globals, content), target).TrimEnd();

    private static ScriptObject With(ScriptObject globals, object content)
    {
        // A copy: the same globals render other variants (a preview renders every one), which must not see content.
        var scope = new ScriptObject();
        foreach (var (key, value) in globals)
        {
            scope[key] = value;
        }
        scope["content"] = content;
        return scope;
    }
}
