namespace Hub.Templates;

/// <summary>
/// A template could not be rendered: the channel has no variant, a variable is undefined, a limit was hit.
/// The message names the template, channel, locale and, when known, the file line and column of the failing expression.
/// </summary>
public sealed class TemplateRenderException : Exception
{
    public TemplateRenderException() { }

    public TemplateRenderException(string message) : base(message) { }

    public TemplateRenderException(string message, Exception? inner) : base(message, inner) { }

    public string? TemplateId { get; init; }

    public string? Channel { get; init; }

    /// <summary>The locale of the variant that failed; null when no variant was found.</summary>
    public string? Locale { get; init; }

    public string? File { get; init; }

    /// <summary>1-based line in <see cref="File"/> of the failing text; 0 when not tied to a line.</summary>
    public int Line { get; init; }

    /// <summary>1-based column in <see cref="File"/> of the failing expression; 0 when not known.</summary>
    public int Column { get; init; }

    /// <summary>Where in the template file, e.g. <c>email.de.subject</c>.</summary>
    public string? Field { get; init; }

    /// <summary>When an SMS exceeded the template's <c>max_segments</c>: the rendered text's analysis.</summary>
    public SmsAnalysis? Sms { get; init; }
}
