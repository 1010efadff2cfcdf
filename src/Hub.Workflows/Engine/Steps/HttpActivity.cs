using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Hub.Core.Outbound;
using Hub.Scripting;
using Hub.Runtime.Jobs;

namespace Hub.Workflows.Engine.Steps;

/// <summary>
/// <c>http</c>: one request through the guarded client, retried in place after a 5xx, 408, 429, a timeout or a failed
/// connection (<c>retries</c>, with backoff); when those are spent it throws, and the step's <c>retry</c> policy says
/// when the instance tries again or faults. A refused
/// address, a 4xx or a redirect fails the step (the instance faults; <c>retry</c> resumes here after a fix). Runs
/// alone: what ran before it is committed first, so a rollback elsewhere never sends the request twice.
/// Messages name the method and host only: a path or query may carry an id or a token, a body personal data.
/// </summary>
internal sealed class HttpActivity(IHttpClientFactory clients, TimeProvider time) : StepActivity<HttpStep>
{
    private static readonly TimeSpan FirstBackoff = TimeSpan.FromMilliseconds(500);

    public override bool RunsAlone => true;

    protected override async Task<StepOutcome> ExecuteAsync(HttpStep step, StepContext context, CancellationToken cancellationToken)
    {
        var url = HttpUrlRenderer.Render(step.Url, context, cancellationToken, out var problem);
        if (url is null)
        {
            return StepOutcome.Fail($"Step '{step.Id}': {problem}.");
        }
        var target = $"{step.Method} to {url.Host}";
        var client = clients.CreateClient(WorkflowHttpClient.Name);
        string? lastProblem = null;
        for (var attempt = 0; attempt <= step.Retries; attempt++)
        {
            if (attempt > 0)
            {
                await Task.Delay(JobQueue.Backoff(attempt, FirstBackoff, TimeSpan.FromSeconds(5)), time, cancellationToken);
            }
            using var request = BuildRequest(step, url, context, cancellationToken, out var requestProblem);
            if (request is null)
            {
                return StepOutcome.Fail($"Step '{step.Id}': {requestProblem}");
            }
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(step.Timeout);
            try
            {
                using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
                var status = (int)response.StatusCode;
                if (IsTransient(response.StatusCode))
                {
                    lastProblem = $"answered {status} {response.ReasonPhrase}";
                    continue;
                }
                var output = await HttpAnswer.ReadAsync(response, timeout.Token);
                if (status is >= 300 and < 400)
                {
                    return StepOutcome.Fail($"Step '{step.Id}': {target} answered {status} (a redirect, which is not followed; use the URL it points to).") with { Output = output };
                }
                if (status >= 400)
                {
                    return StepOutcome.Fail($"Step '{step.Id}': {target} answered {status} {response.ReasonPhrase}.") with { Output = output };
                }
                return StepOutcome.NextWithNote($"{target} answered {status}") with { Output = output };
            }
            catch (HttpRequestException ex) when (OutboundRefusedException.FindIn(ex) is { } refused)
            {
                // The address stays refused until an operator allow-lists it: retrying only delays the answer.
                return StepOutcome.Fail($"Step '{step.Id}': {refused.Message}.");
            }
            catch (HttpRequestException ex)
            {
                lastProblem = $"failed: {ex.HttpRequestError}";
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                lastProblem = $"gave no answer within {step.Timeout.TotalSeconds:0}s";
            }
        }
        throw new HttpStepException($"Step '{step.Id}': {target} {lastProblem} ({step.Retries + 1} attempts in a row).");
    }

    private static bool IsTransient(HttpStatusCode status) =>
        (int)status >= 500 || status is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests;

    private static HttpRequestMessage? BuildRequest(HttpStep step, Uri url, StepContext context, CancellationToken cancellationToken, out string? problem)
    {
        problem = null;
        var request = new HttpRequestMessage(new HttpMethod(step.Method), url);
        if (step.JsonBody is { } fields)
        {
            var json = new JsonObject();
            foreach (var (name, expression) in fields)
            {
                json[name] = ScriptValues.ToJson(context.Evaluate(expression, cancellationToken));
            }
            request.Content = new StringContent(json.ToJsonString(), Encoding.UTF8, "application/json");
        }
        else if (step.Body is { } body)
        {
            var text = body.Render(context.Scope, cancellationToken: cancellationToken);
            var looksJson = text.TrimStart().StartsWith('{') || text.TrimStart().StartsWith('[');
            request.Content = new StringContent(text, Encoding.UTF8, looksJson ? "application/json" : "text/plain");
        }
        foreach (var (name, template) in step.Headers)
        {
            var value = template.Render(context.Scope, cancellationToken: cancellationToken);
            if (!SetHeader(request, name, value))
            {
                problem = $"the header {name} cannot be sent with the value it was given (a line break, or a form HTTP does not allow).";
                request.Dispose();
                return null;
            }
        }
        if (step.Auth is { } auth)
        {
            request.Headers.Authorization = auth.Bearer is { } bearer
                ? new AuthenticationHeaderValue("Bearer", bearer.Render(context.Scope, cancellationToken: cancellationToken).Trim())
                : new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(
                    $"{auth.Username!.Render(context.Scope, cancellationToken: cancellationToken)}:{auth.Password!.Render(context.Scope, cancellationToken: cancellationToken)}")));
        }
        if (!request.Headers.Contains("Accept"))
        {
            request.Headers.Accept.ParseAdd("application/json");
        }
        return request;
    }

    private static bool SetHeader(HttpRequestMessage request, string name, string value)
    {
        if (value.Contains('\r', StringComparison.Ordinal) || value.Contains('\n', StringComparison.Ordinal))
        {
            return false;
        }
        if (name.Equals("Content-Type", StringComparison.OrdinalIgnoreCase))
        {
            if (request.Content is null || !MediaTypeHeaderValue.TryParse(value, out var type))
            {
                return request.Content is null; // no body: nothing to describe
            }
            request.Content.Headers.ContentType = type;
            return true;
        }
        return request.Headers.TryAddWithoutValidation(name, value)
            || (request.Content?.Headers.TryAddWithoutValidation(name, value) ?? false);
    }
}
