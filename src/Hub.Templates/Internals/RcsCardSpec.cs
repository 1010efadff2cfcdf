using Hub.Channels;
using Scriban.Runtime;

namespace Hub.Templates.Internals;

/// <summary>An RCS standalone rich card as written: title, description and media URL texts, and up to four suggestions.</summary>
internal sealed record RcsCardSpec(TemplateText Title, TemplateText? Description, TemplateText? MediaUrl, IReadOnlyList<SuggestionSpec> Suggestions)
{
    public const int MaxTitleLength = 200;
    public const int MaxDescriptionLength = 2000;

    public RichCard Render(RenderTarget target, ScriptObject globals)
    {
        var title = Title.RenderMessage(globals, target);
        if (title.Length > MaxTitleLength)
        {
            throw Title.Failure(target, $"The card title is {title.Length} characters; RCS allows {MaxTitleLength}.");
        }
        var description = Description?.RenderMessage(globals, target);
        if (description?.Length > MaxDescriptionLength)
        {
            throw Description!.Failure(target, $"The card description is {description.Length} characters; RCS allows {MaxDescriptionLength}.");
        }
        return new RichCard(title)
        {
            Description = description,
            MediaUrl = MediaUrl?.RenderMessage(globals, target).Trim(),
            Suggestions = [.. Suggestions.Select(s => s.Render(target, globals))],
        };
    }
}
