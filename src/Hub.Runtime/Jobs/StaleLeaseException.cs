namespace Hub.Runtime.Jobs;

/// <summary>Thrown when a worker tries to complete a job whose lease another worker has since taken.</summary>
public sealed class StaleLeaseException : Exception
{
    public StaleLeaseException(long jobId) : base($"The lease on job {jobId} was lost; its work is rolled back.") { }

    public StaleLeaseException() { }

    public StaleLeaseException(string message) : base(message) { }

    public StaleLeaseException(string message, Exception inner) : base(message, inner) { }
}
