using Hub.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Hub.IntegrationTests.Queue;

internal static class RuntimeOnlyModel
{
    /// <summary>
    /// The queue tests build the model from the runtime's part alone, while the migrations create every module's tables:
    /// EF Core would refuse to migrate a model that differs from the snapshot.
    /// </summary>
    public static DbContextOptionsBuilder<HubDbContext> RuntimeOnly(this DbContextOptionsBuilder<HubDbContext> options) =>
        options.ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning));
}
