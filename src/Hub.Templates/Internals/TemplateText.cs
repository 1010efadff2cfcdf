using Hub.Scripting;
using Scriban.Runtime;
using Scriban.Syntax;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;
using Hub.Specs;

namespace Hub.Templates.Internals;

/// <summary>
/// One Scriban text of a template file, parsed once at load, that remembers where it sits in the file so that parse
/// and render errors point at a file line rather than at a line inside the text.
/// </summary>
internal sealed class TemplateText
{
    private readonly HubTemplate _template;

    /// <summary>In a literal block (<c>|</c>) text line n is file line start+1+n; other styles fold lines, so we stop at the start.</summary>
    private readonly bool _linesMatchFile;

    private TemplateText(HubTemplate template, string file, string field, int line, bool linesMatchFile)
    {
        _template = template;
        File = file;
        Field = field;
        Line = line;
        _linesMatchFile = linesMatchFile;
    }

    public string File { get; }
    public string Field { get; }
    public int Line { get; }

    public static TemplateText? Read(YamlMap map, string key, string templateId, bool required)
    {
        var node = map.Node(key, required);
        var field = map.FieldOf(key);
        if (node is null)
        {
            return null;
        }
        if (node is not YamlScalarNode { Value: { } text } scalar)
        {
            map.Spec.Error(node, field, "Expected text, not a list or mapping.");
            return null;
        }
        if (string.IsNullOrWhiteSpace(text))
        {
            map.Spec.Error(node, field, $"'{key}' is empty.");
            return null;
        }
        var line = SpecContext.LineOf(node);
        var literal = scalar.Style == ScalarStyle.Literal;
        try
        {
            return new TemplateText(HubTemplate.Parse($"{templateId}:{field}", text), map.Spec.File, field, line, literal);
        }
        catch (ScriptException ex)
        {
            var first = Scriban.Template.Parse(text).Messages.FirstOrDefault(m => m.Type == Scriban.Parsing.ParserMessageType.Error);
            var errorLine = first is null || !literal ? line : line + 1 + first.Span.Start.Line;
            map.Spec.Error(errorLine, field, first is null ? ex.Message : $"Template syntax error: {first.Message}");
            return null;
        }
    }

    public string Render(ScriptObject globals, RenderTarget target)
    {
        try
        {
            return _template.Render(globals);
        }
        catch (ScriptException ex)
        {
            var runtime = ex.InnerException as ScriptRuntimeException;
            var line = runtime is not null && _linesMatchFile ? Line + 1 + runtime.Span.Start.Line : Line;
            throw Failure(target, line, runtime?.OriginalMessage ?? ex.Message, ex);
        }
    }

    /// <summary>The text of a one-text message (SMS, WhatsApp, RCS): rendered, trailing whitespace dropped, not empty.</summary>
    public string RenderMessage(ScriptObject globals, RenderTarget target)
    {
        // A block scalar ends in a newline the analyst never meant to send, and on SMS it can cost a segment.
        var text = Render(globals, target).TrimEnd();
        return text.Length == 0 ? throw Failure(target, "The message rendered empty.") : text;
    }

    public TemplateRenderException Failure(RenderTarget target, string reason, SmsAnalysis? sms = null) =>
        Failure(target, Line, reason, null, sms);

    private TemplateRenderException Failure(RenderTarget target, int line, string reason, Exception? inner, SmsAnalysis? sms = null)
    {
        var message = $"Template '{target.TemplateId}' (channel {target.Channel}, locale {target.Locale}) failed at {File}({line}) {Field}: {reason}";
        return new TemplateRenderException(message, inner)
        {
            TemplateId = target.TemplateId,
            Channel = target.Channel,
            Locale = target.Locale,
            File = File,
            Line = line,
            Field = Field,
            Sms = sms,
        };
    }
}
