namespace Hub.Runtime.Jobs;

public enum JobStatus
{
    Pending,
    Running,
    Dead,
}
