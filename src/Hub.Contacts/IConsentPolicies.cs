namespace Hub.Contacts;

/// <summary>The consent policy of the current workspace: its stored document, or the defaults when it has none.</summary>
public interface IConsentPolicies
{
    Task<ConsentPolicy> GetAsync(CancellationToken cancellationToken);
}
