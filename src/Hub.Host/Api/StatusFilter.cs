namespace Hub.Host.Api;

/// <summary>Reads a <c>status</c> query filter; an unknown value is a 400 naming the allowed ones, never a silent no-filter.</summary>
internal static class StatusFilter
{
    public static bool TryRead<TStatus>(string? status, out TStatus? wanted, out Dictionary<string, string[]>? errors)
        where TStatus : struct, Enum
    {
        wanted = null;
        errors = null;
        if (string.IsNullOrEmpty(status))
        {
            return true;
        }
        if (Enum.TryParse<TStatus>(status, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed))
        {
            wanted = parsed;
            return true;
        }
        errors = new Dictionary<string, string[]>
        {
            ["status"] = [$"Unknown status '{status}'. Use one of: {string.Join(", ", Enum.GetNames<TStatus>().Select(n => n.ToLowerInvariant()))}."],
        };
        return false;
    }
}
