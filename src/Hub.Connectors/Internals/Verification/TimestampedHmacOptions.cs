using Hub.Specs;

namespace Hub.Connectors.Internals.Verification;

/// <summary>The <c>verify:</c> parameters of <see cref="TimestampedHmacScheme"/>.</summary>
internal sealed record TimestampedHmacOptions(
    string SignatureHeader,
    string? TimestampHeader,
    string TimestampKey,
    string SignatureKey,
    string TimestampFormat,
    SignedPayloadTemplate SignedPayload,
    HmacAlgorithm Algorithm,
    string Encoding,
    TimeSpan Tolerance)
{
    public static readonly TimeSpan DefaultTolerance = TimeSpan.FromMinutes(5);

    private static readonly string[] ListKeys = ["timestamp_key", "signature_key"];

    public static TimestampedHmacOptions? Read(YamlMap spec)
    {
        var signatureHeader = spec.NonBlankText("signature_header", required: true);
        var timestampHeader = spec.NonBlankText("timestamp_header");
        var (timestampKey, signatureKey) = ReadListKeys(spec, timestampHeader);
        var format = spec.Choice("timestamp_format", Verification.TimestampFormat.Names)
            ?? (spec.Has("timestamp_format") ? null : Verification.TimestampFormat.Unix);
        var payload = SignedPayloadTemplate.Read(spec, "signed_payload", "{timestamp}.{body}");
        var algorithm = spec.Choice("algorithm", HmacAlgorithm.Names) ?? (spec.Has("algorithm") ? null : "sha256");
        var encoding = spec.Choice("encoding", SignatureEncoding.Names, required: true);
        var tolerance = SpecDuration.Read(spec, "tolerance", DefaultTolerance);
        return signatureHeader is null || timestampKey is null || signatureKey is null || format is null
            || payload is null || algorithm is null || encoding is null || tolerance is null
            ? null
            : new TimestampedHmacOptions(signatureHeader, timestampHeader, timestampKey, signatureKey, format, payload,
                HmacAlgorithm.Named(algorithm), encoding, tolerance.Value);
    }

    /// <summary>The keys of a <c>t=...,v1=...</c> header; they mean nothing when the timestamp has its own header.</summary>
    private static (string? Timestamp, string? Signature) ReadListKeys(YamlMap spec, string? timestampHeader)
    {
        var timestampKey = spec.NonBlankText("timestamp_key");
        var signatureKey = spec.NonBlankText("signature_key");
        if (timestampHeader is not null)
        {
            foreach (var key in ListKeys.Where(spec.Has))
            {
                spec.Spec.Error(spec.Written(key), spec.FieldOf(key),
                    "only applies to a t=...,v1=... signature header; remove it, or remove timestamp_header");
            }
        }
        return (timestampKey ?? "t", signatureKey ?? "v1");
    }
}
