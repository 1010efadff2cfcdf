namespace Hub.Connectors;

/// <summary>
/// An <c>enrich:</c> lookup that failed. <see cref="IsTransient"/> says whether trying again later may succeed
/// (429, 5xx, timeouts) or not (401, 403, 404: a credential or the spec must change first).
/// </summary>
public sealed class EnrichmentException : Exception
{
    public EnrichmentException(string message, int? statusCode, bool isTransient, Exception? innerException = null)
        : base(message, innerException)
    {
        StatusCode = statusCode;
        IsTransient = isTransient;
    }

    public EnrichmentException() { }

    public EnrichmentException(string message) : base(message) { }

    public EnrichmentException(string message, Exception innerException) : base(message, innerException) { }

    /// <summary>The HTTP status of the response; null when there was none (a timeout, a refused connection).</summary>
    public int? StatusCode { get; }

    public bool IsTransient { get; }

    /// <summary>The rule every client applies: 408, 429 and 5xx may pass on a later try; other failures will not.</summary>
    public static bool IsTransientStatus(int statusCode) => statusCode is 408 or 429 or >= 500;
}
