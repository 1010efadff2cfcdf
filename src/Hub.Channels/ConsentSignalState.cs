namespace Hub.Channels;

/// <summary>What a provider's consent signal says: the person asked to stop, or to receive again.</summary>
public enum ConsentSignalState
{
    OptedIn,
    OptedOut,
}
