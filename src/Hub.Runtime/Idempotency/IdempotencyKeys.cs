using System.Security.Cryptography;
using System.Text;
using Hub.Storage;
using Microsoft.EntityFrameworkCore;

namespace Hub.Runtime.Idempotency;

/// <summary>
/// <c>Idempotency-Key</c> handling for requests that create something: a key answers the same status and body for
/// <see cref="Lifetime"/>, whatever happens in between; the same key with another request is refused.
/// </summary>
public sealed class IdempotencyKeys(HubDbContext db, TimeProvider time)
{
    public const string HeaderName = "Idempotency-Key";
    public const int MaxKeyLength = 200;
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(24);

    /// <summary>A key is 1 to 200 visible ASCII characters (a UUID, or the caller's own request id).</summary>
    public static bool IsValid(string key) =>
        key.Length is > 0 and <= MaxKeyLength && key.All(c => c is > ' ' and <= '~');

    public static string Hash(string canonicalRequest) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonicalRequest)));

    public async Task<IdempotencyLookup> FindAsync(string scope, string key, string requestHash, CancellationToken cancellationToken)
    {
        var stored = await db.Set<IdempotencyRecord>().AsNoTracking()
            .FirstOrDefaultAsync(r => r.Scope == scope && r.Key == key, cancellationToken);
        if (stored is null || stored.ExpiresAt <= time.GetUtcNow())
        {
            return IdempotencyLookup.None;
        }
        return new IdempotencyLookup(stored, !CryptographicOperations.FixedTimeEquals(
            Encoding.ASCII.GetBytes(stored.RequestHash), Encoding.ASCII.GetBytes(requestHash)));
    }

    /// <summary>
    /// Tracks the answer, to be saved with the request's work. An expired record of the key is removed in the same
    /// save, so the key can be used again after its lifetime.
    /// </summary>
    public async Task RememberAsync(string scope, string key, string requestHash, int statusCode, string responseJson, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var expired = await db.Set<IdempotencyRecord>()
            .FirstOrDefaultAsync(r => r.Scope == scope && r.Key == key && r.ExpiresAt <= now, cancellationToken);
        if (expired is not null)
        {
            db.Remove(expired);
        }
        db.Add(new IdempotencyRecord
        {
            Id = Guid.CreateVersion7(),
            Scope = scope,
            Key = key,
            RequestHash = requestHash,
            StatusCode = statusCode,
            ResponseJson = responseJson,
            CreatedAt = now,
            ExpiresAt = now + Lifetime,
        });
    }
}
