using System.Text.Json.Nodes;

namespace Hub.Connectors.Internals.Bodies;

/// <summary>
/// How a connector reads request bodies into the JSON its expressions see (spec field <c>format</c>): JSON as is,
/// XML by <see cref="XmlToJson"/>'s rules, form fields as an object of strings.
/// </summary>
internal interface IBodyFormat
{
    /// <summary>The media types accepted when the spec lists none.</summary>
    IReadOnlyList<string> DefaultContentTypes { get; }

    /// <summary>Throws <see cref="InvalidWebhookBodyException"/> saying what is wrong and where.</summary>
    JsonNode Parse(byte[] body);

    /// <summary>Refuses what <see cref="Parse"/> refuses, with the same message; a format may do it without building the tree.</summary>
    void Check(byte[] body) => Parse(body);
}
