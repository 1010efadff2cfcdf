namespace Hub.Api.Contracts;

/// <summary>
/// A message template as published: its channels, the locales written for each, the version (a hash of its text) and
/// its number; <see cref="Draft"/> is the unpublished edit, if any. A template with only a draft shows the draft's
/// channels and no <see cref="PublishedVersion"/>.
/// </summary>
public sealed record TemplateResponse(
    string Id, string? Description, string DefaultLocale, string Version, IReadOnlyDictionary<string, IReadOnlyList<string>> Locales,
    int? PublishedVersion = null, TemplateDraftResponse? Draft = null);
