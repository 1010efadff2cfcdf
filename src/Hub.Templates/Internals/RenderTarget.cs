using Hub.Scripting;

namespace Hub.Templates.Internals;

/// <summary>What is being rendered, for whom (culture, time zone), so that functions can format and errors can say so.</summary>
internal sealed record RenderTarget(string TemplateId, string Channel, string Locale)
{
    public RenderSettings Settings { get; init; } = RenderSettings.Default;
}
