using Hub.Access;
using System.Globalization;
using System.Text.RegularExpressions;
using Hub.Api.Contracts;
using Hub.Contacts;
using Hub.Runtime;
using Hub.Storage;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

using Hub.Host.Infrastructure;

namespace Hub.Host.Api;

/// <summary>
/// Contacts of the caller's workspace: found by phone or email, shown with their consent and its history, their
/// consent set by staff, and erased on request. Contacts are mostly kept from canonical events (Hub.Contacts).
/// </summary>
internal static partial class ContactsApi
{
    public static IEndpointRouteBuilder MapContactsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapAdminGroup("contacts", "Contacts", AccessPolicies.ReadAdmin)
            .AddEndpointFilter<PersonalDataMaskFilter>();
        group.MapGet("", ListAsync).WithSummary(
            "Lists contacts, newest first; phone= (E.164) or email= finds one, channel=, purpose= and state= (opted_in, opted_out, unknown) filter by consent.");
        group.MapPost("", UpsertAsync).WithSummary(
            "Creates the contact with this phone or email, or updates the one that has either (fields left out keep their values); merges two that turn out to be one.");
        group.MapGet("/{id:guid}", GetAsync).WithSummary(
            "One contact with its identities, its consent per channel and purpose, and every change of it (source, evidence, event), newest first.");
        group.MapPut("/{id:guid}/consent", PutConsentAsync).WithSummary(
            "Sets the contact's consent for a channel and purpose (source api), kept in its history with the evidence given.");
        group.MapDelete("/{id:guid}", EraseAsync).WithSummary(
            "Erases the contact's personal data from contacts, messages, send requests, events, raw requests, workflow instances and every other table, keeping the rows (counts, statuses, times). 204; the contact then shows erasedAt.");
        return app;
    }

    private static async Task<Results<Ok<List<ContactResponse>>, ValidationProblem>> ListAsync(
        HubDbContext db, string? phone, string? email, string? channel, string? purpose, string? state, int? limit, int? offset, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        var query = db.Contacts.AsNoTracking();
        // Extension properties cannot appear inside the expression trees below; the sets can.
        var identities = db.ContactIdentities;
        var consents = db.ContactConsents;
        if (phone is not null)
        {
            if (ContactAddresses.TryReadPhone(phone, out var e164))
            {
                query = query.Where(c => identities.Any(i => i.ContactId == c.Id && i.Kind == ContactIdentity.Phone && i.Value == e164));
            }
            else
            {
                errors["phone"] = ["Give an E.164 phone number, such as +4791234567 (percent-encode the plus as %2B)."];
            }
        }
        if (email is not null)
        {
            if (ContactAddresses.TryReadEmail(email, out var address))
            {
                query = query.Where(c => identities.Any(i => i.ContactId == c.Id && i.Kind == ContactIdentity.Email && i.Value == address));
            }
            else
            {
                errors["email"] = ["Give an email address, such as kari@example.com."];
            }
        }
        if (channel is not null || purpose is not null || state is not null)
        {
            if (string.IsNullOrWhiteSpace(channel) || string.IsNullOrWhiteSpace(purpose) || !ConsentNames.TryParse(state, out var wanted))
            {
                errors["state"] = [$"Filter by consent with channel, purpose and state together; state is one of: {string.Join(", ", ConsentNames.States)}."];
            }
            else if (wanted == ConsentState.Unknown)
            {
                // Unknown is also a contact nobody asked yet: no row at all.
                query = query.Where(c => !consents.Any(k => k.ContactId == c.Id && k.Channel == channel && k.Purpose == purpose && k.State != ConsentState.Unknown));
            }
            else
            {
                query = query.Where(c => consents.Any(k => k.ContactId == c.Id && k.Channel == channel && k.Purpose == purpose && k.State == wanted));
            }
        }
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The contact filter is not valid.");
        }
        var contacts = await query.OrderByDescending(c => c.CreatedAt).ThenByDescending(c => c.Id)
            .Skip(Paging.Offset(offset)).Take(Paging.Limit(limit)).ToListAsync(ct);
        return TypedResults.Ok(contacts.Select(ToResponse).ToList());
    }

    private static async Task<Results<Ok<ContactDetailResponse>, ProblemHttpResult>> GetAsync(Guid id, HubDbContext db, CancellationToken ct)
    {
        var contact = await db.Contacts.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, ct);
        return contact is null ? NotFound(id) : TypedResults.Ok(await DescribeAsync(contact, db, ct));
    }

    private static async Task<Results<Created<ContactDetailResponse>, Ok<ContactDetailResponse>, ValidationProblem>> UpsertAsync(
        ContactRequest request, HubDbContext db, ContactUpdates updates, SqliteWriteGate gate, TimeProvider time, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        string? phone = null;
        string? email = null;
        if (request.Phone is not null && !ContactAddresses.TryReadPhone(request.Phone, out phone))
        {
            errors["phone"] = ["Give an E.164 phone number, such as +4791234567."];
        }
        if (request.Email is not null && !ContactAddresses.TryReadEmail(request.Email, out email))
        {
            errors["email"] = ["Give an email address, such as kari@example.com."];
        }
        if (request.Phone is null && request.Email is null)
        {
            errors["phone"] = ["Give a phone or an email: they find the contact."];
        }
        CheckText(errors, "firstName", request.FirstName, 200);
        CheckText(errors, "lastName", request.LastName, 200);
        if (request.Locale is not null && !Locale().IsMatch(request.Locale))
        {
            errors["locale"] = ["Give a BCP 47 locale, such as nb-NO."];
        }
        if (request.TimeZone is not null && (request.TimeZone.Length > 64 || !TimeZoneInfo.TryFindSystemTimeZoneById(request.TimeZone, out _)))
        {
            errors["timeZone"] = ["Give an IANA time zone, such as Europe/Oslo."];
        }
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The contact is not valid.");
        }
        using var turn = await gate.EnterAsync(db, ct);
        var contact = await updates.UpsertAsync(
            new ContactDetails(phone, email, Trimmed(request.FirstName), Trimmed(request.LastName), request.Locale, request.TimeZone), time.GetUtcNow(), ct);
        var created = db.Entry(contact).State == EntityState.Added;
        await db.SaveChangesAsync(ct);
        var response = await DescribeAsync(contact, db, ct);
        return created ? TypedResults.Created($"/api/v1/contacts/{contact.Id}", response) : TypedResults.Ok(response);
    }

    private static async Task<Results<Ok<ContactDetailResponse>, ValidationProblem, ProblemHttpResult>> PutConsentAsync(
        Guid id, ContactConsentRequest request, HubDbContext db, IContactStore store, SqliteWriteGate gate, TimeProvider time, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(request.Channel) || !Name().IsMatch(request.Channel))
        {
            errors["channel"] = ["Give the channel: sms, whatsapp, rcs, email, ..."];
        }
        if (string.IsNullOrWhiteSpace(request.Purpose) || !Name().IsMatch(request.Purpose))
        {
            errors["purpose"] = [$"Give the purpose: {string.Join(", ", ConsentPurposes.Requestable)}."];
        }
        if (!ConsentNames.TryParse(request.State, out var state))
        {
            errors["state"] = [$"Give the state: one of {string.Join(", ", ConsentNames.States)}."];
        }
        CheckText(errors, "evidence", request.Evidence, 1000);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The consent is not valid.");
        }
        using var turn = await gate.EnterAsync(db, ct);
        var contact = await db.Contacts.FirstOrDefaultAsync(c => c.Id == id && c.ErasedAt == null, ct);
        if (contact is null)
        {
            return NotFound(id);
        }
        var now = time.GetUtcNow();
        await store.RecordConsentAsync(contact, new ConsentChangeRequest
        {
            Channel = request.Channel!,
            Purpose = request.Purpose!,
            State = state,
            Source = ConsentSource.Api,
            Evidence = Trimmed(request.Evidence),
            OccurredAt = request.OccurredAt ?? now,
        }, now, ct);
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(await DescribeAsync(contact, db, ct));
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> EraseAsync(Guid id, ContactErasure erasure, CancellationToken ct) =>
        await erasure.EraseAsync(id, ct) ? TypedResults.NoContent() : NotFound(id);

    private static async Task<ContactDetailResponse> DescribeAsync(Contact contact, HubDbContext db, CancellationToken ct)
    {
        var identities = await db.ContactIdentities.AsNoTracking().Where(i => i.ContactId == contact.Id).ToListAsync(ct);
        var consents = await db.ContactConsents.AsNoTracking().Where(c => c.ContactId == contact.Id).ToListAsync(ct);
        var history = await db.ConsentChanges.AsNoTracking().Where(c => c.ContactId == contact.Id).ToListAsync(ct);
        return new ContactDetailResponse(
            ToResponse(contact),
            [.. identities.OrderBy(i => i.Kind, StringComparer.Ordinal).ThenBy(i => i.CreatedAt).Select(i => new ContactIdentityResponse(i.Kind, i.Value, i.CreatedAt))],
            consents.GroupBy(c => c.Channel, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal).ToDictionary(
                g => g.Key,
                g => (IReadOnlyDictionary<string, string>)g.OrderBy(c => c.Purpose, StringComparer.Ordinal).ToDictionary(c => c.Purpose, c => ConsentNames.Of(c.State), StringComparer.Ordinal),
                StringComparer.Ordinal),
            [.. history.OrderByDescending(c => c.RecordedAt).ThenByDescending(c => c.Id).Select(c => new ConsentChangeResponse(
                c.Channel, c.Purpose, ConsentNames.Of(c.State), ConsentNames.Of(c.Source), c.Evidence, c.EventId, c.OccurredAt, c.RecordedAt))]);
    }

    private static ContactResponse ToResponse(Contact c) =>
        new(c.Id, c.FirstName, c.LastName, c.Phone, c.Email, c.Locale, c.TimeZone, c.CreatedAt, c.UpdatedAt, c.ErasedAt);

    private static void CheckText(Dictionary<string, string[]> errors, string field, string? value, int maxLength)
    {
        if (value is not null && value.Trim().Length > maxLength)
        {
            errors[field] = [string.Create(CultureInfo.InvariantCulture, $"At most {maxLength} characters.")];
        }
    }

    private static string? Trimmed(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static ProblemHttpResult NotFound(Guid id) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: $"Contact '{id}' does not exist.");

    [GeneratedRegex("^[a-z][a-z0-9_]{0,19}$", RegexOptions.CultureInvariant)]
    private static partial Regex Name();

    [GeneratedRegex("^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$", RegexOptions.CultureInvariant)]
    private static partial Regex Locale();
}
