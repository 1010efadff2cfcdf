using Hub.Core.Outbound;
using Hub.Scripting;
using Hub.Specs;
using YamlDotNet.RepresentationModel;

namespace Hub.Workflows.Internals;

/// <summary>Reads <c>http: { method, url, headers, body, timeout, retries, auth }</c>.</summary>
internal sealed partial class HttpStepKind : IStepKind
{
    private static readonly string[] Keys = ["method", "url", "headers", "body", "timeout", "retries", "auth"];
    private static readonly string[] Methods = ["GET", "POST", "PUT", "PATCH", "DELETE"];

    /// <summary>Set by the HTTP stack from the request itself; an author's value would contradict it.</summary>
    private static readonly HashSet<string> HubHeaders = new(StringComparer.OrdinalIgnoreCase)
    {
        "Host", "Content-Length", "Transfer-Encoding", "Connection", "Upgrade", "TE", "Trailer", "Keep-Alive", "Proxy-Authorization",
    };

    /// <summary>One attempt may not hold its job much longer: a job's whole run has a timeout of its own.</summary>
    internal static readonly TimeSpan LongestTimeout = TimeSpan.FromSeconds(30);
    internal const int MostRetries = 3;

    public string Name => HttpStep.KindName;

    public IReadOnlyCollection<string> SiblingKeys { get; } = [];

    public WorkflowStep? Read(StepSource source)
    {
        var body = source.BodyMap(Name);
        if (body is null)
        {
            return null;
        }
        body.RejectUnknown(Keys);
        var errors = source.Spec.Errors.Count;
        var method = body.Has("method") ? body.Choice("method", Methods) : "GET";
        var url = ReadUrl(body);
        var headers = ReadHeaders(body);
        var text = ReadBody(body, out var json);
        if (method is "GET" or "DELETE" && body.Has("body"))
        {
            source.Spec.Error(body.LineOf("body"), body.FieldOf("body"), $"A {method} request sends no body; use POST, PUT or PATCH to send one.");
        }
        var timeout = DurationText.Read(body, "timeout", TimeSpan.FromSeconds(1), LongestTimeout);
        var retries = body.WholeNumber("retries");
        if (retries is < 0 or > MostRetries)
        {
            source.Spec.Error(body.Written("retries"), body.FieldOf("retries"), $"'retries' is {retries}; use 0 to {MostRetries} (the job itself is retried later when they are spent).");
        }
        var auth = HttpAuthReader.Read(body, "auth");
        if (source.Spec.Errors.Count != errors || method is null || url is null || headers is null)
        {
            return null;
        }
        return new HttpStep
        {
            Id = source.Id,
            Line = source.Line,
            Path = source.Path,
            Method = method,
            Url = url,
            Headers = headers,
            Body = text,
            JsonBody = json,
            Timeout = timeout ?? HttpStep.DefaultTimeout,
            Retries = (int)(retries ?? HttpStep.DefaultRetries),
            Auth = auth,
        };
    }

    private static HttpUrl? ReadUrl(YamlMap body)
    {
        var text = body.NonBlankText("url", required: true);
        if (text is null)
        {
            return null;
        }
        HttpUrl url;
        try
        {
            url = HttpUrl.Parse(text);
        }
        catch (ScriptException ex)
        {
            body.Spec.Error(body.Written("url"), body.FieldOf("url"), $"'url' {ex.Message}");
            return null;
        }
        var startsWithValue = url.Parts[0].Expression is not null;
        var literalOnly = url.Parts.All(p => p.Literal is not null);
        var prefix = url.Parts[0].Literal ?? "";
        if (literalOnly ? !OutboundUrl.TryCreate(text, out _) : !startsWithValue && !prefix.StartsWith("https://", StringComparison.OrdinalIgnoreCase) && !prefix.StartsWith("http://", StringComparison.OrdinalIgnoreCase))
        {
            body.Spec.Error(body.Written("url"), body.FieldOf("url"), $"'{text}' is not an absolute http or https URL, such as https://crm.example.com/contacts/{{{{ contact.id }}}}.");
            return null;
        }
        return url;
    }

    private static List<KeyValuePair<string, HubTemplate>>? ReadHeaders(YamlMap body)
    {
        var map = body.Mapping("headers");
        if (map is null)
        {
            return body.Has("headers") ? null : [];
        }
        var headers = new List<KeyValuePair<string, HubTemplate>>();
        var ok = true;
        foreach (var (name, keyNode, _) in map.Entries())
        {
            var field = map.FieldOf(name);
            if (!HeaderName().IsMatch(name))
            {
                map.Spec.Error(keyNode, field, $"'{name}' is not a header name; use letters, digits and '-', such as X-Request-Id.");
                ok = false;
                continue;
            }
            if (HubHeaders.Contains(name) || name.Equals("Authorization", StringComparison.OrdinalIgnoreCase))
            {
                map.Spec.Error(keyNode, field, name.Equals("Authorization", StringComparison.OrdinalIgnoreCase)
                    ? "Give credentials with 'auth' (bearer or basic), not as a header: 'auth' is never written to the journal."
                    : $"Hub sets the {name} header itself.");
                ok = false;
                continue;
            }
            var template = ReadTemplate(map, name, field);
            ok &= template is not null;
            if (template is not null)
            {
                headers.Add(new(name, template));
            }
        }
        return ok ? headers : null;
    }

    private static HubTemplate? ReadBody(YamlMap body, out List<KeyValuePair<string, HubExpression>>? json)
    {
        json = null;
        var node = body.Node("body");
        if (node is null)
        {
            return null;
        }
        if (node is YamlScalarNode)
        {
            return ReadTemplate(body, "body", body.FieldOf("body"));
        }
        var map = body.Mapping("body");
        if (map is null)
        {
            return null;
        }
        json = [];
        foreach (var (name, _, _) in map.Entries())
        {
            if (map.Expression(name, required: true) is { } expression)
            {
                json.Add(new(name, expression));
            }
        }
        return null;
    }

    /// <summary>A value written under <paramref name="key"/> as a Scriban template (<c>"Bearer {{ vars.token }}"</c>).</summary>
    internal static HubTemplate? ReadTemplate(YamlMap map, string key, string field)
    {
        var text = map.Text(key, required: true);
        if (text is null)
        {
            return null;
        }
        try
        {
            return HubTemplate.Parse(field, text);
        }
        catch (ScriptException ex)
        {
            map.Spec.Error(map.Written(key), field, ex.Message);
            return null;
        }
    }

    [System.Text.RegularExpressions.GeneratedRegex("^[A-Za-z0-9!#$%&'*+.^_`|~-]{1,100}$", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex HeaderName();
}
