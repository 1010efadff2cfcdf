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

    /// <summary>
    /// The text written around the values: a character there forces UCS-2 whatever the data (and halves what one
    /// segment holds), and literal text alone over <c>max_segments</c> fails every render.
    /// </summary>
    public override IEnumerable<TemplateLintFinding> Lint(string channel)
    {
        var literal = body.LiteralText(out var lineOf);
        var sms = SmsAnalyzer.Analyze(literal);
        foreach (var character in sms.UnicodeCharacters)
        {
            var instead = character.Replacement switch
            {
                null => "GSM-7 has nothing close; keep it only if the message needs it",
                "" => "remove it",
                var replacement => $"write {replacement}",
            };
            yield return new TemplateLintFinding("warning", channel, Locale, body.Field, lineOf(character.FirstIndex),
                $"{character.CodePointText} {character.Character} forces the SMS into UCS-2 (70 characters per segment instead of 160); {instead}.");
        }
        if (sms.Segments > maxSegments)
        {
            yield return new TemplateLintFinding("error", channel, Locale, body.Field, body.Line,
                $"The text around the values is already {sms.Segments} segments ({sms.EncodingName}), more than max_segments {maxSegments}.");
        }
    }
}
