using Hub.Connectors.Internals.Bodies;
using System.Xml;

namespace Hub.Connectors.Internals.Verification;

/// <summary>Reads the sending organization from a Salesforce Outbound Message (SOAP 1.1, <c>http://soap.sforce.com/2005/09/outbound</c>).</summary>
internal static class SalesforceOutboundMessage
{
    private const string SoapNamespace = "http://schemas.xmlsoap.org/soap/envelope/";
    private const string OutboundNamespace = "http://soap.sforce.com/2005/09/outbound";

    // Envelope (0) / Body (1) / notifications (2) / OrganizationId (3).
    private const int OrganizationIdDepth = 3;

    private static XmlReaderSettings Settings => SafeXml.ReaderSettings;

    /// <summary>The one <c>notifications/OrganizationId</c> of the envelope; null for anything else, malformed XML included.</summary>
    public static string? OrganizationId(byte[] body)
    {
        try
        {
            using var stream = new MemoryStream(body, writable: false);
            using var reader = XmlReader.Create(stream, Settings);
            if (reader.MoveToContent() != XmlNodeType.Element || reader.LocalName != "Envelope" || reader.NamespaceURI != SoapNamespace)
            {
                return null;
            }
            string? found = null;
            while (!reader.EOF)
            {
                if (reader.NodeType == XmlNodeType.Element && reader.Depth == OrganizationIdDepth
                    && reader.LocalName == "OrganizationId" && reader.NamespaceURI == OutboundNamespace)
                {
                    // Two ids would leave it unclear which organization sent the message.
                    if (found is not null)
                    {
                        return null;
                    }
                    found = reader.ReadElementContentAsString().Trim();
                    continue;
                }
                reader.Read();
            }
            return found;
        }
        catch (XmlException)
        {
            return null;
        }
    }
}
