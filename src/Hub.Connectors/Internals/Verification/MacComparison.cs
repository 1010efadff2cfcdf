using System.Security.Cryptography;

namespace Hub.Connectors.Internals.Verification;

/// <summary>Constant-time comparison of a computed MAC with the ones a request carries.</summary>
internal static class MacComparison
{
    /// <summary>
    /// True when any of <paramref name="provided"/> equals <paramref name="expected"/>. Every candidate is compared,
    /// so the time taken says nothing about which one (if any) matched.
    /// </summary>
    public static bool AnyEquals(ReadOnlySpan<byte> expected, IReadOnlyList<byte[]> provided)
    {
        var matched = false;
        foreach (var candidate in provided)
        {
            matched |= CryptographicOperations.FixedTimeEquals(expected, candidate);
        }
        return matched;
    }
}
