namespace Hub.Intake;

/// <summary>What became of an event posted by an internal app: stored (or already there), or refused with errors by field.</summary>
public sealed record PublishResult(string? EventId, bool Duplicate, IReadOnlyDictionary<string, string[]> Errors)
{
    public bool Accepted => Errors.Count == 0;
}
