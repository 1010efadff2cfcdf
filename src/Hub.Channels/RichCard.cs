namespace Hub.Channels;

/// <summary>An RCS standalone rich card: title, description, an optional image or video by URL, and suggestions under it.</summary>
public sealed record RichCard(string Title)
{
    public string? Description { get; init; }

    public string? MediaUrl { get; init; }

    public IReadOnlyList<Suggestion> Suggestions { get; init; } = [];
}
