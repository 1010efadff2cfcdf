using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Hub.IntegrationTests.Connectors.Golden;

/// <summary>
/// Compares the events Hub stored for a delivery with the golden CloudEvents: id, source, type, subject, dataschema,
/// time and data (deep JSON equality). What the API cannot show, it notes instead of failing on.
/// </summary>
public sealed class GoldenEventComparison
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    private readonly TimeSpan _timePrecision;

    private GoldenEventComparison(TimeSpan timePrecision) => _timePrecision = timePrecision;

    public List<string> Differences { get; } = [];

    /// <summary>What matched only in part, by design or for a reason outside the test (the offset of a stored time).</summary>
    public List<string> Notes { get; } = [];

    /// <param name="whyIdsDiffer">Null when the event ids must be the golden ones; otherwise events are paired by type and subject.</param>
    /// <param name="timePrecision">The finest time the database stores; finer digits of a source's time are lost there.</param>
    public static GoldenEventComparison Of(GoldenDelivery delivery, string? whyIdsDiffer, TimeSpan timePrecision)
    {
        var comparison = new GoldenEventComparison(timePrecision);
        comparison.Compare(delivery, whyIdsDiffer);
        return comparison;
    }

    private void Compare(GoldenDelivery delivery, string? whyIdsDiffer)
    {
        var expected = delivery.Case.ExpectedEvents;
        if (expected.Count != delivery.Events.Count)
        {
            Differences.Add($"{expected.Count} golden event(s), {delivery.Events.Count} stored: [{string.Join(", ", delivery.Events.Select(e => e["id"]))}]");
            return;
        }
        IEnumerable<(JsonObject Expected, JsonObject Actual)> pairs;
        if (whyIdsDiffer is null)
        {
            var byId = delivery.Events.ToDictionary(e => (string)e["id"]!, StringComparer.Ordinal);
            var missing = expected.Select(e => (string)e["id"]!).Where(id => !byId.ContainsKey(id)).ToList();
            if (missing.Count > 0)
            {
                Differences.Add($"golden event id(s) {string.Join(", ", missing)} not stored; stored: {string.Join(", ", byId.Keys)}");
                return;
            }
            pairs = expected.Select(e => (e, byId[(string)e["id"]!]));
        }
        else
        {
            Notes.Add($"event ids are not compared: {whyIdsDiffer}");
            pairs = expected.OrderBy(Key, StringComparer.Ordinal).Zip(delivery.Events.OrderBy(Key, StringComparer.Ordinal));
        }
        foreach (var (golden, stored) in pairs)
        {
            CompareEvent(golden, stored, delivery);
        }
    }

    private static string Key(JsonObject e) => $"{e["type"]}\n{e["subject"]}";

    private void CompareEvent(JsonObject golden, JsonObject stored, GoldenDelivery delivery)
    {
        var what = $"event {stored["id"]} ({golden["type"]})";
        if (!((string?)stored["id"] ?? "").StartsWith("evt_", StringComparison.Ordinal))
        {
            Differences.Add($"{what}: id '{stored["id"]}' is not an event id");
        }
        // The source names the instance: the golden one, or the second instance a repeated delivery went to.
        var source = ((string)golden["source"]!).Replace($"/connectors/golden-{delivery.Case.ConnectorType}", $"/connectors/{delivery.ConnectorId}", StringComparison.Ordinal);
        Same(what, "source", source, (string?)stored["source"]);
        Same(what, "type", (string?)golden["type"], (string?)stored["type"]);
        Same(what, "subject", (string?)golden["subject"], (string?)stored["subject"]);
        Same(what, "dataschema", (string?)golden["dataschema"], (string?)stored["dataSchema"]);
        CompareTime(what, (string)golden["time"]!, (string)stored["time"]!, delivery.ReceivedAt);
        if (!JsonNode.DeepEquals(golden["data"], stored["data"]))
        {
            Differences.Add($"{what}: data differs\ngolden: {golden["data"]?.ToJsonString(Indented)}\nstored: {stored["data"]?.ToJsonString(Indented)}");
        }
    }

    private void Same(string what, string field, string? golden, string? stored)
    {
        if (!string.Equals(golden, stored, StringComparison.Ordinal))
        {
            Differences.Add($"{what}: {field} is '{stored}', golden '{golden}'");
        }
    }

    /// <summary>
    /// The same instant (to the database's precision), and the same offset where the API shows one other than UTC. A golden time equal to the golden
    /// receive time is the receive-time fallback: here it is the request's own receive time (Hub's clock runs on from
    /// <c>Hub:Testing:Now</c>).
    /// </summary>
    private void CompareTime(string what, string golden, string stored, DateTimeOffset receivedAt)
    {
        var expected = DateTimeOffset.Parse(golden, CultureInfo.InvariantCulture);
        var actual = DateTimeOffset.Parse(stored, CultureInfo.InvariantCulture);
        if (expected == GoldenEndpointCase.ReceivedAt && actual == receivedAt && actual != expected)
        {
            Notes.Add($"{what}: time falls back to the receive time, {stored}");
            return;
        }
        if (actual != expected && (actual - expected).Duration() < _timePrecision)
        {
            Notes.Add($"{what}: time {golden} is stored as {stored}, to the database's precision of {_timePrecision.TotalMicroseconds} µs");
        }
        else if (actual != expected)
        {
            Differences.Add($"{what}: time is {stored}, golden {golden} (another instant)");
        }
        else if (actual.Offset != expected.Offset && actual.Offset == TimeSpan.Zero)
        {
            Notes.Add($"{what}: time {golden} is the same instant as the API's {stored}, which shows UTC only");
        }
        else if (actual.Offset != expected.Offset)
        {
            Differences.Add($"{what}: time is {stored}, golden {golden} (the same instant with another offset)");
        }
    }
}
