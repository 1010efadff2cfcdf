using System.Globalization;
using System.Text.Json;

namespace Hub.Channels.LinkMobility.Internals;

/// <summary>
/// A LINK delivery report (MT/DLR 1.18 "Delivery Reports") as a <see cref="DeliveryReceipt"/>: <c>refId</c> (Hub's
/// message id, mirrored) and <c>id</c> (LINK's message id) correlate it, <c>resultCode</c> gives the status,
/// <c>timestamp</c> (the operator's) the time. A multipart message gets one report per part, whose id is
/// <c>{id}${n}</c> with n counting parts from 0: the receipt then carries LINK's id without the suffix,
/// <see cref="DeliveryReceipt.Segment"/> = n + 1 (counting from 1) and <see cref="DeliveryReceipt.SegmentCount"/> =
/// <c>segments</c>, so that Hub can combine the parts into one message status.
/// </summary>
internal static class LinkDeliveryReport
{
    /// <summary>The receipts in a report body (one object, or an array of them), or null when it is not one.</summary>
    public static IReadOnlyList<DeliveryReceipt>? Parse(ReadOnlySpan<byte> body)
    {
        try
        {
            var reader = new Utf8JsonReader(body);
            using var document = JsonDocument.ParseValue(ref reader);
            var root = document.RootElement;
            var reports = root.ValueKind == JsonValueKind.Array ? root.EnumerateArray().ToList() : [root];
            var receipts = new List<DeliveryReceipt>(reports.Count);
            foreach (var report in reports)
            {
                if (ToReceipt(report) is not { } receipt)
                {
                    return null;
                }
                receipts.Add(receipt);
            }
            return receipts.Count > 0 ? receipts : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static DeliveryReceipt? ToReceipt(JsonElement report)
    {
        if (report.ValueKind != JsonValueKind.Object
            || !report.TryGetProperty("resultCode", out var codeValue) || codeValue.ValueKind != JsonValueKind.Number
            || !codeValue.TryGetInt32(out var code))
        {
            return null;
        }
        var refId = report.NonEmpty("refId");
        var (linkId, part) = SplitPart(report.NonEmpty("id"));
        if (refId is null && linkId is null)
        {
            return null;
        }
        var known = LinkResultCodes.Find(code);
        // A code LINK added after 1.18 claims no progress: the message stays where it is until a known code arrives.
        var status = known?.Receipt ?? ReceiptStatus.Sent;
        var failed = status is ReceiptStatus.Failed or ReceiptStatus.Undeliverable or ReceiptStatus.Expired;
        var segments = report.TryGetProperty("segments", out var s) && s.ValueKind == JsonValueKind.Number && s.TryGetInt32(out var n) && n > 0 ? n : (int?)null;
        var codeText = code.ToString(CultureInfo.InvariantCulture);
        return new DeliveryReceipt(status)
        {
            MessageId = refId,
            ProviderMessageId = linkId,
            OccurredAt = report.TimeOf("timestamp"),
            ProviderStatus = codeText,
            ErrorCode = failed || known is null ? codeText : null,
            Error = failed ? known!.Description : known is null ? $"Unknown LINK result code {codeText}." : null,
            Segment = part + 1,
            SegmentCount = part is null ? null : Math.Max(segments ?? 0, part.Value + 1),
        };
    }

    /// <summary><c>abc123$2</c> is part 2 (from 0) of <c>abc123</c>; an id without the suffix is the whole message.</summary>
    private static (string? Id, int? Part) SplitPart(string? id)
    {
        var dollar = id?.LastIndexOf('$') ?? -1;
        if (id is null || dollar <= 0
            || !int.TryParse(id.AsSpan(dollar + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var part))
        {
            return (id, null);
        }
        return (id[..dollar], part);
    }


}
