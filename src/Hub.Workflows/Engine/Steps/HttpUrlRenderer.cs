using System.Text;
using Hub.Core.Outbound;
using Hub.Scripting;

namespace Hub.Workflows.Engine.Steps;

/// <summary>
/// Fills an <see cref="HttpUrl"/>'s values, each escaped for where it stands (see <see cref="HttpUrl"/>), and parses
/// the result with <see cref="OutboundUrl.TryCreate"/> so that escaped dots stay escaped.
/// </summary>
internal static class HttpUrlRenderer
{
    /// <summary>The URL, or null with <paramref name="problem"/> saying why not.</summary>
    public static Uri? Render(HttpUrl url, StepContext context, CancellationToken cancellationToken, out string? problem)
    {
        var text = new StringBuilder();
        foreach (var part in url.Parts)
        {
            if (part.Literal is not null)
            {
                text.Append(part.Literal);
                continue;
            }
            var value = HubFunctions.Text(context.Evaluate(part.Expression!, cancellationToken)) ?? "";
            var sofar = text.ToString();
            if (sofar.Contains('?', StringComparison.Ordinal))
            {
                text.Append(OutboundUrl.EscapeQueryValue(value));
            }
            else if (InPath(sofar))
            {
                text.Append(OutboundUrl.EscapePathSegment(value));
            }
            else
            {
                // Before the path: the value names the server (a base URL from vars or settings), so it goes in as
                // written. The guard still checks the address it leads to.
                text.Append(value);
            }
        }
        var result = text.ToString();
        if (OutboundUrl.TryCreate(result, out var uri))
        {
            problem = null;
            return uri;
        }
        problem = $"the url ({url.Text}) did not give an absolute http or https URL";
        return null;
    }

    /// <summary>True once the text has a scheme, a host and the slash that starts the path.</summary>
    private static bool InPath(string text)
    {
        var scheme = text.IndexOf("://", StringComparison.Ordinal);
        return scheme >= 0 && text.IndexOf('/', scheme + 3) >= 0;
    }
}
