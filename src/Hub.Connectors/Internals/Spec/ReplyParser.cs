using YamlDotNet.RepresentationModel;
using Hub.Specs;

namespace Hub.Connectors.Internals.Spec;

/// <summary>Reads <c>reply:</c>, the response to an accepted delivery when the source expects more than 202.</summary>
internal static class ReplyParser
{
    public static WebhookReply? Parse(YamlMap? reply)
    {
        if (reply is null)
        {
            return null;
        }
        var status = reply.WholeNumber("status") ?? 200;
        if (status is < 200 or > 299)
        {
            reply.Spec.Error(reply.Written("status"), reply.FieldOf("status"), "a reply to an accepted delivery has a 2xx status");
        }
        var contentType = reply.NonBlankText("content_type");
        if (contentType is not null && !SpecPatterns.MediaType().IsMatch(contentType.Split(';', 2)[0].Trim().ToLowerInvariant()))
        {
            reply.Spec.Error(reply.Written("content_type"), reply.FieldOf("content_type"), $"'{contentType}' is not a media type such as text/xml");
        }
        var bodyNode = reply.Written("body");
        string? body = null;
        if (bodyNode is YamlScalarNode { Value: { Length: > 0 } text })
        {
            body = text; // as written: a block scalar keeps the XML exactly
        }
        else if (bodyNode is not null)
        {
            reply.Spec.Error(bodyNode, reply.FieldOf("body"), $"expected text, found {YamlMap.Describe(bodyNode)}");
        }
        var contentTypeNode = reply.Written("content_type");
        if ((bodyNode is null) != (contentTypeNode is null))
        {
            var missing = bodyNode is null ? "body" : "content_type";
            reply.Spec.Error(reply.Line, reply.FieldOf(missing), "body and content_type go together");
        }
        reply.RejectKeysNotAskedFor();
        return new WebhookReply((int)Math.Clamp(status, 0, 999), contentType ?? string.Empty, body ?? string.Empty);
    }
}
