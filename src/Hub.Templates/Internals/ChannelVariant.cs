using Scriban.Runtime;

namespace Hub.Templates.Internals;

/// <summary>A template's texts for one channel and one locale. Channels with a richer shape get their own subclass.</summary>
internal abstract class ChannelVariant(string locale)
{
    /// <summary>As written in the file, e.g. <c>de</c>.</summary>
    public string Locale { get; } = locale;

    public abstract RenderedMessage Render(RenderTarget target, ScriptObject globals);

    /// <summary>What lint reads: findings that need no data, such as literal text that forces an SMS into UCS-2.</summary>
    public virtual IEnumerable<TemplateLintFinding> Lint(string channel) => [];
}
