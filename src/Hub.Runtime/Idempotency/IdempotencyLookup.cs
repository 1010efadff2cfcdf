namespace Hub.Runtime.Idempotency;

/// <summary>What a key found: nothing yet, the stored answer to repeat, or a different request under the same key.</summary>
public sealed record IdempotencyLookup(IdempotencyRecord? Stored, bool Mismatch)
{
    public static IdempotencyLookup None { get; } = new(null, false);
}
