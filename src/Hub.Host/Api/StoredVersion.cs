namespace Hub.Host.Api;

/// <summary>A stored version of a workflow or template, as their audit entries name it: number and content hash.</summary>
internal sealed record StoredVersion(int Number, string Version, DateTimeOffset? PublishedAt)
{
    /// <summary>The published one (the latest published, as the engine picks it), or null.</summary>
    public static object? Published(IReadOnlyList<StoredVersion> stored) =>
        stored.Where(v => v.PublishedAt is not null).OrderByDescending(v => v.PublishedAt).ThenByDescending(v => v.Number).FirstOrDefault()?.Audited();

    /// <summary>
    /// What publishing <paramref name="version"/> makes published: the stored version with that text, else the next
    /// number (if another publish takes it first, the publish fails, and its audit entry with it).
    /// </summary>
    public static object Publishing(IReadOnlyList<StoredVersion> stored, string version) =>
        (stored.FirstOrDefault(v => v.Version == version) ?? new StoredVersion(stored.Count == 0 ? 1 : stored.Max(v => v.Number) + 1, version, null)).Audited();

    public object Audited() => new { number = Number, version = Version };
}
