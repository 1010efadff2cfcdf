using System.Text;

namespace Hub.Connectors.Internals.Verification;

/// <summary>The connector secrets as HMAC keys.</summary>
internal static class SigningKeys
{
    /// <summary>
    /// Each secret as UTF-8 bytes. Empty secrets are skipped: an empty key is a configuration mistake, and anyone
    /// can compute an HMAC with it.
    /// </summary>
    public static IEnumerable<byte[]> Utf8(IReadOnlyList<string> secrets) =>
        secrets.Where(s => !string.IsNullOrEmpty(s)).Select(Encoding.UTF8.GetBytes);
}
