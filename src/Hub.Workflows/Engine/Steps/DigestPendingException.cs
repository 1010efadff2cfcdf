namespace Hub.Workflows.Engine.Steps;

/// <summary>Thrown so that the job retries a digest step whose collector is chosen but not visibly committed yet.</summary>
public sealed class DigestPendingException : Exception
{
    public DigestPendingException() { }

    public DigestPendingException(string message) : base(message) { }

    public DigestPendingException(string message, Exception innerException) : base(message, innerException) { }
}
