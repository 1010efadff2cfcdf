using System.Text.Json;
using Hub.Storage;
using Microsoft.EntityFrameworkCore;

namespace Hub.Contacts.Internals;

/// <summary>Reads the workspace's policy row on each call (a first version: to be served from a notified copy).</summary>
internal sealed class StoredConsentPolicies(HubDbContext db) : IConsentPolicies
{
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<ConsentPolicy> GetAsync(CancellationToken cancellationToken)
    {
        var record = await db.ConsentPolicies.AsNoTracking().FirstOrDefaultAsync(cancellationToken);
        return record is null ? new ConsentPolicy() : JsonSerializer.Deserialize<ConsentPolicy>(record.DocumentJson, Json) ?? new ConsentPolicy();
    }
}
