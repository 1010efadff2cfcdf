namespace Hub.Contacts;

/// <summary>Addresses as identities: emails compare in lower case, phones are E.164 as given.</summary>
public static class ContactAddresses
{
    public static bool IsEmail(string address) => address.Contains('@', StringComparison.Ordinal);

    /// <summary>The identity kind and value of an address.</summary>
    public static (string Kind, string Value) IdentityOf(string address)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(address);
        var trimmed = address.Trim();
        return IsEmail(trimmed)
            ? (ContactIdentity.Email, trimmed.ToLowerInvariant())
            : (ContactIdentity.Phone, trimmed);
    }
}
