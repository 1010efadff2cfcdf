namespace Hub.Contacts;

/// <summary>A contact's consent for one channel and purpose; shown as <c>opted_in</c>, <c>opted_out</c>, <c>unknown</c>.</summary>
public enum ConsentState
{
    Unknown,
    OptedIn,
    OptedOut,
}
