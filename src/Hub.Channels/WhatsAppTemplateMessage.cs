namespace Hub.Channels;

/// <summary>
/// A reference to a template approved in WhatsApp Manager, with its parameters already rendered: what a WhatsApp
/// message outside the 24-hour service window must be. Parameters are positional (<c>{{1}}</c>, <c>{{2}}</c>, ...).
/// </summary>
public sealed record WhatsAppTemplateMessage(string Name, string Language)
{
    public IReadOnlyList<string> HeaderParameters { get; init; } = [];

    public IReadOnlyList<string> BodyParameters { get; init; } = [];

    /// <summary>One entry per button with a dynamic part, in the template's button order: a URL suffix or a quick-reply payload.</summary>
    public IReadOnlyList<WhatsAppButtonParameter> Buttons { get; init; } = [];
}
