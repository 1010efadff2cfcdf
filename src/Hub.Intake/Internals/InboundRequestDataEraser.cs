using System.Text;
using Hub.Contacts;
using Hub.Runtime;
using Hub.Storage;
using Microsoft.EntityFrameworkCore;

namespace Hub.Intake.Internals;

/// <summary>
/// The raw requests the contact's events came from: the contact's phones, emails and names are replaced in the
/// body, headers and path. A replay then gives events without them; the request's status, times and counts stay.
/// </summary>
internal sealed class InboundRequestDataEraser : IPersonalDataEraser
{
    public async Task EraseAsync(PersonalDataErasure erasure, HubDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(erasure);
        ArgumentNullException.ThrowIfNull(db);
        var eventIds = erasure.EventIds.ToList();
        var requestIds = await db.Events.Where(e => eventIds.Contains(e.Id) && e.InboundRequestId != null)
            .Select(e => e.InboundRequestId!.Value).Distinct().ToListAsync(cancellationToken);
        foreach (var request in await db.InboundRequests.Where(r => requestIds.Contains(r.Id)).ToListAsync(cancellationToken))
        {
            var body = Encoding.UTF8.GetString(request.Body);
            request.Body = Encoding.UTF8.GetBytes(IsJson(request.ContentType) ? erasure.ScrubJson(body) : erasure.Scrub(body));
            request.HeadersJson = erasure.ScrubJson(request.HeadersJson);
            request.Path = erasure.Scrub(request.Path);
            request.LastError = erasure.ScrubOrNull(request.LastError);
        }
    }

    private static bool IsJson(string? contentType) => contentType?.Contains("json", StringComparison.OrdinalIgnoreCase) == true;
}
