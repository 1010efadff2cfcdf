namespace Hub.Host.Infrastructure;

/// <summary>
/// Bound from <c>Hub:Roles</c>: <c>ingest</c> (webhook intake), <c>worker</c> (the job dispatcher), or both (the
/// default), so that a deployment can scale intake and workers apart on one PostgreSQL.
/// </summary>
internal sealed class RolesOptions
{
    public const string Ingest = "ingest";
    public const string Worker = "worker";

    public static (bool Ingest, bool Worker) Read(IConfiguration configuration)
    {
        var text = configuration["Hub:Roles"];
        if (string.IsNullOrWhiteSpace(text))
        {
            return (true, true);
        }
        var roles = text.Split([',', ' ', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var unknown = roles.Where(r => !r.Equals(Ingest, StringComparison.OrdinalIgnoreCase) && !r.Equals(Worker, StringComparison.OrdinalIgnoreCase)).ToList();
        if (unknown.Count > 0 || roles.Length == 0)
        {
            throw new InvalidOperationException($"Hub:Roles must name 'ingest', 'worker' or both; got '{text}'.");
        }
        return (roles.Contains(Ingest, StringComparer.OrdinalIgnoreCase), roles.Contains(Worker, StringComparer.OrdinalIgnoreCase));
    }
}
