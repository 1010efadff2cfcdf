namespace Hub.Api.Contracts;

/// <summary>A message template: its channels, the locales written for each, and the version (a hash of its text).</summary>
public sealed record TemplateResponse(
    string Id, string? Description, string DefaultLocale, string Version, IReadOnlyDictionary<string, IReadOnlyList<string>> Locales);
