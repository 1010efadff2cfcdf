namespace Hub.Storage.Entities;

public enum JobStatus
{
    Pending,
    Running,
    Dead,
}
