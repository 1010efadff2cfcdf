namespace Hub.Workflows;

/// <summary>How many instances may run per key.</summary>
public enum WorkflowConcurrency
{
    /// <summary>Every triggering event starts its own instance.</summary>
    Parallel,

    /// <summary>One per key: a newer event cancels the running instance and starts its own.</summary>
    Replace,

    /// <summary>One per key: a newer event starts nothing while one runs.</summary>
    Ignore,
}
