using System.Globalization;
using System.Text.Json.Nodes;
using Hub.Core.Events;

namespace Hub.Contacts.Internals;

/// <summary>What one canonical event says of its contact (<c>data.contact</c>): identities, details and consent.</summary>
internal sealed record EventContact
{
    public required IReadOnlyList<(string Kind, string Value)> Identities { get; init; }
    public string? Phone { get; init; }
    public string? Email { get; init; }
    public string? FirstName { get; init; }
    public string? LastName { get; init; }
    public string? Locale { get; init; }
    public string? TimeZone { get; init; }
    public IReadOnlyList<ConsentChangeRequest> Consents { get; init; } = [];

    /// <summary>The event's contact, or null when it has none or names no phone, email or source id.</summary>
    public static EventContact? Read(CanonicalEvent e, string connectorId)
    {
        if (e.Data["contact"] is not JsonObject contact)
        {
            return null;
        }
        var phone = Text(contact, "phone") is { } p && p.StartsWith('+') ? p : null;
        var email = Text(contact, "email")?.ToLowerInvariant();
        var sourceId = Text(contact, "id") is { } id ? $"{connectorId}:{id}" : null;
        var identities = new List<(string, string)>(3);
        if (phone is not null)
        {
            identities.Add((ContactIdentity.Phone, phone));
        }
        if (email is not null)
        {
            identities.Add((ContactIdentity.Email, email));
        }
        if (sourceId is not null)
        {
            identities.Add((ContactIdentity.Source, sourceId));
        }
        if (identities.Count == 0)
        {
            return null;
        }
        var (first, last) = Names(contact);
        return new EventContact
        {
            Identities = identities,
            Phone = phone,
            Email = email,
            FirstName = first,
            LastName = last,
            Locale = Text(contact, "locale"),
            TimeZone = Text(contact, "timeZone"),
            Consents = ReadConsents(contact, e),
        };
    }

    /// <summary>The split name, or the full name cut at its last space when the source does not split it.</summary>
    private static (string? First, string? Last) Names(JsonObject contact)
    {
        var first = Text(contact, "firstName");
        var last = Text(contact, "lastName");
        if (first is not null || last is not null || Text(contact, "name") is not { } name)
        {
            return (first, last);
        }
        var space = name.LastIndexOf(' ');
        return space < 0 ? (name, null) : (name[..space].TrimEnd(), name[(space + 1)..]);
    }

    /// <summary><c>consent.{channel}.{purpose}.status</c>: granted, denied, pending become opted in, opted out, unknown.</summary>
    private static List<ConsentChangeRequest> ReadConsents(JsonObject contact, CanonicalEvent e)
    {
        var changes = new List<ConsentChangeRequest>();
        if (contact["consent"] is not JsonObject channels)
        {
            return changes;
        }
        foreach (var (channel, purposes) in channels)
        {
            // The columns hold 20 characters; a longer name is no channel Hub sends on.
            if (purposes is not JsonObject byPurpose || channel.Length > 20)
            {
                continue;
            }
            foreach (var (purpose, entry) in byPurpose)
            {
                if (purpose.Length > 20 || entry is not JsonObject consent || StateOf(Text(consent, "status")) is not { } state)
                {
                    continue;
                }
                var updatedAt = Text(consent, "updatedAt") is { } at
                    && DateTimeOffset.TryParse(at, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed) ? parsed : e.Time;
                changes.Add(new ConsentChangeRequest
                {
                    Channel = channel,
                    Purpose = purpose,
                    State = state,
                    Source = ConsentSource.Webhook,
                    Evidence = $"contact.consent.{channel}.{purpose}.status={Text(consent, "status")}",
                    EventId = e.Id,
                    OccurredAt = updatedAt,
                });
            }
        }
        return changes;
    }

    private static ConsentState? StateOf(string? status) => status switch
    {
        "granted" => ConsentState.OptedIn,
        "denied" => ConsentState.OptedOut,
        "pending" => ConsentState.Unknown,
        _ => null,
    };

    private static string? Text(JsonObject o, string name) =>
        o[name] is JsonValue v && v.TryGetValue<string>(out var s) && !string.IsNullOrWhiteSpace(s) ? s.Trim() : null;
}
