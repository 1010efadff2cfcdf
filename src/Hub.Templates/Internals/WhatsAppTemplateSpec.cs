using Hub.Channels;
using Scriban.Runtime;

namespace Hub.Templates.Internals;

/// <summary>
/// A reference to a template approved in WhatsApp Manager: its name and language as written, and one Scriban text per
/// positional parameter (<c>{{1}}</c>, <c>{{2}}</c>, ...) of the header, the body and the dynamic buttons.
/// </summary>
internal sealed record WhatsAppTemplateSpec(string Name, string Language, IReadOnlyList<TemplateText> Header,
    IReadOnlyList<TemplateText> Body, IReadOnlyList<WhatsAppButtonSpec> Buttons)
{
    public WhatsAppTemplateMessage Render(RenderTarget target, ScriptObject globals) => new(Name, Language)
    {
        // WhatsApp refuses an empty parameter, and a line break in one: each is one trimmed line.
        HeaderParameters = [.. Header.Select(p => OneLine(p.RenderMessage(globals, target)))],
        BodyParameters = [.. Body.Select(p => OneLine(p.RenderMessage(globals, target)))],
        Buttons = [.. Buttons.Select(b => new WhatsAppButtonParameter(b.Index, b.SubType, OneLine(b.Value.RenderMessage(globals, target))))],
    };

    private static string OneLine(string text) => string.Join(' ', text.Split(['\r', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
