using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Logging;

namespace Hub.Storage;

/// <summary>
/// EF Core logs every failed command, save and query as an error with its stack trace before the exception reaches
/// the caller. Only the caller knows whether the failure is expected (a unique violation lost to a concurrent
/// writer: a posted event sent twice at once, a workflow version recorded by two nodes) or an error, and an
/// unexpected one still reaches a log through it (the exception handler, the dispatcher's warnings). So EF's own
/// entries are debug lines.
/// </summary>
public static class DbFailureLogging
{
    public static void AsDebug(WarningsConfigurationBuilder warnings)
    {
        ArgumentNullException.ThrowIfNull(warnings);
        warnings.Log(
            (RelationalEventId.CommandError, LogLevel.Debug),
            (CoreEventId.SaveChangesFailed, LogLevel.Debug),
            (CoreEventId.QueryIterationFailed, LogLevel.Debug),
            (RelationalEventId.TransactionError, LogLevel.Debug));
    }
}
