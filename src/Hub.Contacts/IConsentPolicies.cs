namespace Hub.Contacts;

/// <summary>The consent policy of the current workspace: its stored document, or the defaults when it has none.</summary>
public interface IConsentPolicies
{
    /// <summary>From this process's copy, which every process refreshes as soon as a change is announced.</summary>
    Task<ConsentPolicy> GetAsync(CancellationToken cancellationToken);

    /// <summary>Replaces the workspace's policy, commits, and announces it; this process's copy is fresh when it returns.</summary>
    Task SaveAsync(ConsentPolicy policy, CancellationToken cancellationToken);
}
