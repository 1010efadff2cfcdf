using System.Text;
using System.Text.Json.Nodes;
using Hub.Connectors.Internals.Bodies;
using Hub.Connectors.Internals.Expressions;

namespace Hub.Connectors.Internals.Normalization;

/// <summary>
/// <c>ping.when</c>: recognises a source's "is this URL alive?" request (WooCommerce posts an unsigned
/// <c>webhook_id=N</c> when a webhook is saved). A ping is answered 200 and dropped, never stored or normalized, so
/// skipping verification for it lets nothing in; the cost of a too-wide condition is dropped real events.
/// </summary>
internal sealed class PingRule(CompiledExpression when, IBodyFormat format)
{
    public bool Matches(WebhookRequest request)
    {
        var bytes = request.Body ?? [];
        JsonNode? body;
        try
        {
            body = format.Parse(bytes);
        }
        catch (InvalidWebhookBodyException)
        {
            body = null;
        }
        var form = FormFields.Parse(bytes.AsSpan().Trim(" \t\r\n"u8)) ?? [];
        var scope = ScriptScopes.ForPing(request, body, form, Encoding.UTF8.GetString(bytes));
        try
        {
            return when.IsTrue(scope, "(ping)", "ping.when");
        }
        catch (MappingException)
        {
            // Nothing here may throw while a request is being received: a failing condition means "not a ping".
            return false;
        }
    }
}
