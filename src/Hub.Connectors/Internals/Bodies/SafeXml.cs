using System.Xml;

namespace Hub.Connectors.Internals.Bodies;

/// <summary>
/// Reader settings for untrusted XML bodies: no DTD (no entity expansion), no resolver (no file or network access).
/// </summary>
internal static class SafeXml
{
    public static XmlReaderSettings ReaderSettings { get; } = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        IgnoreWhitespace = true,
    };
}
