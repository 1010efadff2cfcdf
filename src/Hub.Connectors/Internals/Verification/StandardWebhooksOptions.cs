using Hub.Specs;

namespace Hub.Connectors.Internals.Verification;

/// <summary>The <c>verify:</c> parameters of <see cref="StandardWebhooksScheme"/>.</summary>
internal sealed record StandardWebhooksOptions(
    string IdHeader,
    string TimestampHeader,
    string SignatureHeader,
    string SecretEncoding,
    TimeSpan Tolerance)
{
    /// <summary>The spec's serialization: base64 key bytes, optionally after <c>whsec_</c>.</summary>
    public const string Base64Secret = "base64";

    /// <summary>The secret's own UTF-8 bytes are the key (BigCommerce signs with the app's client secret as is).</summary>
    public const string Utf8Secret = "utf8";

    private const string SecretPrefix = "whsec_";

    private static readonly string[] SecretEncodings = [Base64Secret, Utf8Secret];

    public static StandardWebhooksOptions? Read(YamlMap spec)
    {
        var id = spec.NonBlankText("id_header") ?? (spec.Has("id_header") ? null : "webhook-id");
        var timestamp = spec.NonBlankText("timestamp_header") ?? (spec.Has("timestamp_header") ? null : "webhook-timestamp");
        var signature = spec.NonBlankText("signature_header") ?? (spec.Has("signature_header") ? null : "webhook-signature");
        var encoding = spec.Choice("secret_encoding", SecretEncodings)
            ?? (spec.Has("secret_encoding") ? null : Base64Secret);
        var tolerance = SpecDuration.Read(spec, "tolerance", TimestampedHmacOptions.DefaultTolerance);
        return id is null || timestamp is null || signature is null || encoding is null || tolerance is null
            ? null
            : new StandardWebhooksOptions(id, timestamp, signature, encoding, tolerance.Value);
    }

    /// <summary>
    /// The key of a <c>whsec_&lt;base64&gt;</c> secret; the prefix is optional, as in the reference libraries. Null for
    /// a secret that is not base64 or is empty, which then verifies nothing.
    /// </summary>
    public static byte[]? DecodeSecret(string secret)
    {
        var text = secret.StartsWith(SecretPrefix, StringComparison.Ordinal) ? secret[SecretPrefix.Length..] : secret;
        var buffer = new byte[text.Length * 3 / 4 + 3];
        return text.Length > 0 && Convert.TryFromBase64String(text, buffer, out var length) && length > 0
            ? buffer[..length]
            : null;
    }
}
