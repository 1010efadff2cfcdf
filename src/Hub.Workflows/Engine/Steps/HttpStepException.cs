namespace Hub.Workflows.Engine.Steps;

/// <summary>
/// An <c>http</c> step whose attempts all failed for a reason that may pass (5xx, timeout, no connection): thrown so
/// that the step's <c>retry</c> policy tries it again after its backoff, and faults the instance when its tries run out.
/// </summary>
public sealed class HttpStepException : Exception
{
    public HttpStepException() { }

    public HttpStepException(string message) : base(message) { }

    public HttpStepException(string message, Exception innerException) : base(message, innerException) { }
}
