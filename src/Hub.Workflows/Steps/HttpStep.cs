using Hub.Scripting;

namespace Hub.Workflows;

/// <summary>
/// Calls out over HTTP (to enrich from or update a CRM) through the outbound guard, and puts the answer into
/// <c>steps.&lt;id&gt;</c> as <c>{ status, headers, body }</c>. Runs at the start of a job of its own, so that a
/// rollback of other steps never repeats the call.
/// </summary>
public sealed class HttpStep : WorkflowStep
{
    public const string KindName = "http";

    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(10);
    public const int DefaultRetries = 2;

    public override string Kind => KindName;

    /// <summary>Upper case: GET, POST, PUT, PATCH or DELETE.</summary>
    public required string Method { get; init; }

    public required HttpUrl Url { get; init; }

    /// <summary>Header name → template of its value, in the order written.</summary>
    public IReadOnlyList<KeyValuePair<string, HubTemplate>> Headers { get; init; } = [];

    /// <summary>A text body (<c>body: "..."</c>), sent as written after rendering.</summary>
    public HubTemplate? Body { get; init; }

    /// <summary>A JSON body (<c>body: { name: expression }</c>): each field is an expression's value.</summary>
    public IReadOnlyList<KeyValuePair<string, HubExpression>>? JsonBody { get; init; }

    /// <summary>How long one attempt may take, connecting and reading the answer included.</summary>
    public TimeSpan Timeout { get; init; } = DefaultTimeout;

    /// <summary>Further attempts after a 5xx, 408, 429, a timeout or a failed connection, with backoff.</summary>
    public int Retries { get; init; } = DefaultRetries;

    public HttpAuth? Auth { get; init; }
}
