using Hub.Scripting;
using Scriban.Runtime;
using Scriban.Syntax;
using YamlDotNet.RepresentationModel;
using Hub.Specs;

namespace Hub.Templates.Internals;

/// <summary>
/// One Scriban text of a template file, parsed once at load, that remembers where it sits in the file so that parse
/// and render errors point at a file line and column rather than at a position inside the text.
/// </summary>
internal sealed class TemplateText
{
    private readonly HubTemplate _template;
    private readonly TextPosition _position;

    private TemplateText(HubTemplate template, string file, string field, TextPosition position, bool isHtml)
    {
        _template = template;
        File = file;
        Field = field;
        _position = position;
        IsHtml = isHtml;
    }

    public string File { get; }
    public string Field { get; }
    public int Line => _position.Line;

    /// <summary>An email's HTML part: every value written into it is HTML-escaped.</summary>
    public bool IsHtml { get; }

    /// <summary>The data paths the text reads, located in the file.</summary>
    public IEnumerable<SpecRead> Reads => _template.Reads.Select(read =>
    {
        var (line, column) = _position.InFile(read.Line, read.Column);
        return new SpecRead(read.Path, File, line, column, Field);
    });

    public static TemplateText? Read(YamlMap map, string key, string templateId, bool required, IReadOnlyList<string> fileLines)
    {
        var node = map.Node(key, required);
        return node is null ? null : ReadNode(map.Spec, node, map.FieldOf(key), templateId, fileLines, isHtml: key == "html");
    }

    /// <summary>A whole file as one text (an <c>.html</c> layout): text line n is file line n.</summary>
    public static TemplateText? ReadWhole(SpecContext spec, string text, string field, bool isHtml)
    {
        try
        {
            return new TemplateText(HubTemplate.Parse($"{spec.File}:{field}", text), spec.File, field, new TextPosition(0, 0, Literal: true), isHtml);
        }
        catch (ScriptException ex)
        {
            var first = Scriban.Template.Parse(text).Messages.FirstOrDefault(m => m.Type == Scriban.Parsing.ParserMessageType.Error);
            spec.Error(first is null ? 0 : first.Span.Start.Line + 1, field, first is null ? ex.Message : $"Template syntax error: {first.Message}");
            return null;
        }
    }

    /// <summary>A text that is not under a key of its own: an entry of a list, such as a WhatsApp template parameter.</summary>
    public static TemplateText? ReadNode(SpecContext spec, YamlNode node, string field, string templateId, IReadOnlyList<string> fileLines, bool isHtml = false)
    {
        if (node is not YamlScalarNode { Value: { } text } scalar)
        {
            spec.Error(node, field, "Expected text, not a list or mapping.");
            return null;
        }
        if (string.IsNullOrWhiteSpace(text))
        {
            spec.Error(node, field, $"'{field}' is empty.");
            return null;
        }
        var position = TextPosition.Of(scalar, fileLines);
        try
        {
            return new TemplateText(HubTemplate.Parse($"{templateId}:{field}", text), spec.File, field, position, isHtml);
        }
        catch (ScriptException ex)
        {
            var first = Scriban.Template.Parse(text).Messages.FirstOrDefault(m => m.Type == Scriban.Parsing.ParserMessageType.Error);
            var (errorLine, _) = first is null ? (position.Line, 0) : position.InFile(first.Span.Start.Line + 1, first.Span.Start.Column + 1);
            spec.Error(errorLine, field, first is null ? ex.Message : $"Template syntax error: {first.Message}");
            return null;
        }
    }

    /// <summary>
    /// The text outside <c>{{ ... }}</c>, as the author wrote it; <paramref name="lineOf"/> gives the file line of an
    /// index into it (the text's first line when the YAML style folds lines).
    /// </summary>
    public string LiteralText(out Func<int, int> lineOf)
    {
        var source = _template.Text;
        var literal = new System.Text.StringBuilder(source.Length);
        var sourceIndex = new List<int>(source.Length);
        var at = 0;
        while (at < source.Length)
        {
            var open = source.IndexOf("{{", at, StringComparison.Ordinal);
            var end = open < 0 ? source.Length : open;
            for (var i = at; i < end; i++)
            {
                literal.Append(source[i]);
                sourceIndex.Add(i);
            }
            if (open < 0)
            {
                break;
            }
            var close = source.IndexOf("}}", open + 2, StringComparison.Ordinal);
            at = close < 0 ? source.Length : close + 2;
        }
        var position = _position;
        lineOf = index => index >= sourceIndex.Count
            ? position.Line
            : position.InFile(source.AsSpan(0, sourceIndex[index]).Count('\n') + 1, 1).Line;
        return literal.ToString();
    }

    public string Render(ScriptObject globals, RenderTarget target)
    {
        try
        {
            return _template.Render(globals, settings: target.Settings with { EscapeHtml = IsHtml });
        }
        catch (ScriptException ex)
        {
            var runtime = ex.InnerException as ScriptRuntimeException;
            var (line, column) = runtime is null ? (Line, 0) : _position.InFile(runtime.Span.Start.Line + 1, runtime.Span.Start.Column + 1);
            throw Failure(target, line, column, runtime?.OriginalMessage ?? ex.Message, ex);
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
        Failure(target, Line, 0, reason, null, sms);

    private TemplateRenderException Failure(RenderTarget target, int line, int column, string reason, Exception? inner, SmsAnalysis? sms = null)
    {
        var at = column > 0 ? $"{line},{column}" : $"{line}";
        var message = $"Template '{target.TemplateId}' (channel {target.Channel}, locale {target.Locale}) failed at {File}({at}) {Field}: {reason}";
        return new TemplateRenderException(message, inner)
        {
            TemplateId = target.TemplateId,
            Channel = target.Channel,
            Locale = target.Locale,
            File = File,
            Line = line,
            Column = column,
            Field = Field,
            Sms = sms,
        };
    }
}
