using System.Net.Mail;
using System.Text.RegularExpressions;

namespace Hub.Contacts;

/// <summary>Addresses as identities: emails compare in lower case, phones are E.164 as given.</summary>
public static partial class ContactAddresses
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

    /// <summary>
    /// An E.164 phone number as given, or as a query string decodes it: <c>?phone=+4791234567</c> written without
    /// percent-encoding arrives as <c>" 4791234567"</c>, so digits alone get their plus back.
    /// </summary>
    public static bool TryReadPhone(string? text, out string phone)
    {
        var trimmed = text?.Trim() ?? "";
        phone = trimmed.Length > 0 && char.IsAsciiDigit(trimmed[0]) ? "+" + trimmed : trimmed;
        return E164().IsMatch(phone);
    }

    /// <summary>An email address, trimmed and in lower case, as identities hold it.</summary>
    public static bool TryReadEmail(string? text, out string email)
    {
        email = text?.Trim().ToLowerInvariant() ?? "";
        return email.Length <= 320 && MailAddress.TryCreate(email, out var parsed) && parsed.Address == email;
    }

    [GeneratedRegex(@"^\+[1-9][0-9]{6,14}$", RegexOptions.CultureInvariant)]
    private static partial Regex E164();
}
