namespace Hub.Channels;

/// <summary>
/// The one way an HTTP provider calls its API: with the instance's timeout, answering a timeout or an unreachable
/// host as a transient failure, and stamping every classified answer with its HTTP status and <c>Retry-After</c>.
/// The provider only says what an answer means (<paramref name="classify"/>); the job queue does the retrying.
/// </summary>
public static class ProviderHttp
{
    public static async Task<SendResult> SendAsync(
        HttpClient client,
        HttpRequestMessage request,
        TimeSpan timeout,
        TimeProvider time,
        Func<HttpResponseMessage, CancellationToken, Task<SendResult>> classify,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(classify);
        ArgumentNullException.ThrowIfNull(time);
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        try
        {
            using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, deadline.Token);
            var result = await classify(response, deadline.Token);
            return result with
            {
                HttpStatus = result.HttpStatus ?? (int)response.StatusCode,
                RetryAfter = result.RetryAfter ?? (result.Outcome == SendOutcome.TransientFailure ? RetryAfter.From(response.Headers, time.GetUtcNow()) : null),
            };
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return SendResult.Transient($"No answer within {timeout.TotalSeconds:0.#} s.");
        }
        catch (HttpRequestException ex)
        {
            return SendResult.Transient($"The provider could not be reached ({ex.HttpRequestError}).");
        }
    }
}
