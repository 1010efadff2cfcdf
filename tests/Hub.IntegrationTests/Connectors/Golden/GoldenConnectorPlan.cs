using System.Text.RegularExpressions;
using Hub.IntegrationTests.Infrastructure;

namespace Hub.IntegrationTests.Connectors.Golden;

/// <summary>
/// Which connector instance each case is posted to. Event ids derive from (connector id, delivery key), and the
/// golden outputs were made with <c>golden-{type}</c>, so that is the instance, except where one database cannot
/// reproduce the golden ids; each exception says why, and those cases are compared without their event ids.
/// </summary>
public sealed partial class GoldenConnectorPlan
{
    private readonly Dictionary<string, (string ConnectorId, string? IdsDifferBecause)> _byCase;

    private GoldenConnectorPlan(Dictionary<string, (string, string?)> byCase) => _byCase = byCase;

    public static GoldenConnectorPlan For(IEnumerable<GoldenEndpointCase> cases)
    {
        var byCase = new Dictionary<string, (string, string?)>(StringComparer.Ordinal);
        // The golden event ids already posted to each instance, and by which case.
        var posted = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        foreach (var golden in cases)
        {
            var ids = golden.ExpectedEvents.Select(e => (string)e["id"]!).ToList();
            string? reason = null;
            var connectorId = $"golden-{golden.ConnectorType}";
            for (var n = 2; posted.GetValueOrDefault(connectorId)?.Keys.FirstOrDefault(ids.Contains) is { } taken; n++)
            {
                // Same golden ids: the same delivery id, which the instance would answer as a duplicate of the earlier case.
                reason = $"it repeats the delivery of {posted[connectorId][taken]}, so it goes to a second instance, whose id its event ids depend on";
                connectorId = $"golden-{golden.ConnectorType}-{n}";
            }
            if (ids.Count > 0 && IdentifiesByStoredRequest(golden.ConnectorType))
            {
                reason = "its spec says deduplicate: false, so event ids follow the stored request (a new id per delivery), not the body hash the in-process test uses";
            }
            var ofInstance = posted.TryGetValue(connectorId, out var existing) ? existing : posted[connectorId] = new(StringComparer.Ordinal);
            ids.ForEach(id => ofInstance.TryAdd(id, golden.Name));
            byCase[golden.Name] = (connectorId, reason);
        }
        return new GoldenConnectorPlan(byCase);
    }

    public string ConnectorIdFor(string caseName) => _byCase[caseName].ConnectorId;

    /// <summary>Null when the case's events must carry exactly the golden ids.</summary>
    public string? WhyIdsDiffer(string caseName) => _byCase[caseName].IdsDifferBecause;

    public IEnumerable<(string Case, string Reason)> Deviations =>
        _byCase.Where(c => c.Value.IdsDifferBecause is not null).Select(c => (c.Key, c.Value.IdsDifferBecause!));

    private static bool IdentifiesByStoredRequest(string type) =>
        DeduplicateFalse().IsMatch(File.ReadAllText(Path.Combine(RepoPaths.Root, "connectors", type + ".yaml")));

    [GeneratedRegex(@"^deduplicate:\s*false\b", RegexOptions.Multiline)]
    private static partial Regex DeduplicateFalse();
}
