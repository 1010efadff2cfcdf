using System.Text.Json;
using System.Text.Json.Nodes;
using Hub.Connectors;
using Hub.Core.Json;
using Hub.Core.Outbound;
using Polly;

namespace Hub.Intake.Internals;

/// <summary>
/// The GET behind connector <c>enrich:</c> lookups, over the named client <see cref="ClientName"/> (its resilience
/// handler retries briefly in place; what still fails becomes an <see cref="EnrichmentException"/> that the job
/// queue retries later when it is transient).
/// </summary>
internal sealed class HttpEnrichmentClient(IHttpClientFactory factory) : IEnrichmentClient
{
    public const string ClientName = "enrichment";

    public async Task<JsonNode?> GetJsonAsync(Uri url, IReadOnlyDictionary<string, string> headers, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(url);
        ArgumentNullException.ThrowIfNull(headers);
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        foreach (var (name, value) in headers)
        {
            if (!request.Headers.TryAddWithoutValidation(name, value))
            {
                throw new EnrichmentException($"the header {name} cannot be sent on a request", statusCode: null, isTransient: false);
            }
        }
        if (!request.Headers.Contains("Accept"))
        {
            request.Headers.Accept.ParseAdd("application/json");
        }

        HttpResponseMessage response;
        try
        {
            response = await factory.CreateClient(ClientName).SendAsync(request, ct);
        }
        catch (HttpRequestException ex) when (OutboundRefusedException.FindIn(ex) is { } refused)
        {
            // Hub:Outbound refused the address: it stays refused until an operator allow-lists it, so never retry.
            throw new EnrichmentException(refused.Message, statusCode: null, isTransient: false, ex);
        }
        catch (HttpRequestException ex)
        {
            throw new EnrichmentException($"the request failed: {ex.Message}", (int?)ex.StatusCode, isTransient: true, ex);
        }
        catch (Exception ex) when (ex is ExecutionRejectedException or TaskCanceledException && !ct.IsCancellationRequested)
        {
            // A timeout or an open circuit in the resilience handler: the source may well answer later.
            throw new EnrichmentException("the request timed out or the source is failing", statusCode: null, isTransient: true, ex);
        }

        using (response)
        {
            var status = (int)response.StatusCode;
            if (!response.IsSuccessStatusCode)
            {
                throw new EnrichmentException($"the source answered {status} {response.ReasonPhrase}", status, EnrichmentException.IsTransientStatus(status));
            }
            var body = await response.Content.ReadAsByteArrayAsync(ct);
            if (body.Length == 0)
            {
                return null;
            }
            // Checked as strictly as a webhook body: the mapping reads it the same way.
            if (StrictJson.FindInvalidText(body) is { } problem)
            {
                throw new EnrichmentException($"the response ({status}) is not usable JSON: {problem}", status, isTransient: false);
            }
            try
            {
                return JsonNode.Parse(body);
            }
            catch (JsonException ex)
            {
                throw new EnrichmentException($"the response ({status}) is not JSON: {ex.Message}", status, isTransient: false, ex);
            }
        }
    }
}
