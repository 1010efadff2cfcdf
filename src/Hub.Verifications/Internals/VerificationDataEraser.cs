using Hub.Contacts;
using Hub.Storage;
using Microsoft.EntityFrameworkCore;

namespace Hub.Verifications.Internals;

/// <summary>Codes sent to the contact: the phone and email go; the state, times and counts stay (the code is only ever a hash).</summary>
internal sealed class VerificationDataEraser : IPersonalDataEraser
{
    public async Task EraseAsync(PersonalDataErasure erasure, HubDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(erasure);
        ArgumentNullException.ThrowIfNull(db);
        var addresses = erasure.Addresses.ToList();
        var verifications = await db.Verifications
            .Where(v => (v.Phone != null && addresses.Contains(v.Phone)) || (v.Email != null && addresses.Contains(v.Email)))
            .ToListAsync(cancellationToken);
        foreach (var verification in verifications)
        {
            verification.Phone = verification.Phone is null ? null : PersonalDataErasure.Erased;
            verification.Email = verification.Email is null ? null : PersonalDataErasure.Erased;
        }
    }
}
