using System.Text;

namespace Hub.Tests.Connectors.Verification;

/// <summary>Builds the bytes a sender signs from text (UTF-8) and raw byte parts.</summary>
internal static class Bytes
{
    public static byte[] Of(params object[] parts) =>
        parts.SelectMany(p => p switch
        {
            string text => Encoding.UTF8.GetBytes(text),
            byte[] bytes => bytes,
            _ => throw new ArgumentException($"Cannot sign a {p.GetType().Name}.", nameof(parts)),
        }).ToArray();
}
