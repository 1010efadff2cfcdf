using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Hub.Core.Events;

/// <summary>
/// Event ids derived from what identifies the delivery, so that re-processing a stored request (a retry, a replay
/// after a spec fix) yields the same ids and downstream deduplication holds.
/// </summary>
public static class EventIds
{
    private const string Alphabet = "abcdefghijklmnopqrstuvwxyz234567";

    /// <summary>The key of a delivery: the source's delivery id, or a hash of the body when the source sends none.</summary>
    public static string DeliveryKey(string? deliveryId, byte[] body) =>
        deliveryId is not null ? "id:" + deliveryId : "sha256:" + Convert.ToHexStringLower(SHA256.HashData(body));

    /// <summary>
    /// The key of one batch element with an <c>item_id</c>: independent of the request, because sources re-send a
    /// failed element in a differently composed batch and it must still come out as the same event.
    /// </summary>
    public static string ItemKey(string itemId) => "item:" + itemId;

    /// <summary><c>evt_</c> and 128 bits of SHA-256 over (connector id, delivery key, index) in base32.</summary>
    public static string For(string connectorId, string deliveryKey, int index)
    {
        var input = Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{connectorId}\n{deliveryKey}\n{index}"));
        var hash = SHA256.HashData(input);
        return "evt_" + Base32(hash.AsSpan(0, 16));
    }

    private static string Base32(ReadOnlySpan<byte> bytes)
    {
        var result = new StringBuilder((bytes.Length * 8 + 4) / 5);
        int buffer = 0, bits = 0;
        foreach (var b in bytes)
        {
            buffer = ((buffer << 8) | b) & 0xFFFF;
            bits += 8;
            while (bits >= 5)
            {
                result.Append(Alphabet[(buffer >> (bits - 5)) & 31]);
                bits -= 5;
            }
        }
        if (bits > 0)
        {
            result.Append(Alphabet[(buffer << (5 - bits)) & 31]);
        }
        return result.ToString();
    }
}
