using System.Globalization;
using System.Text.Json.Nodes;
using Hub.IntegrationTests.Infrastructure;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Settings;

namespace Hub.IntegrationTests.Connectors.Golden;

/// <summary>
/// The source APIs behind <c>enrich:</c> lookups, on one WireMock server on 127.0.0.1: each case's recorded answers
/// are served under <c>/{type}</c> plus the path of the real URL, and the instance's <c>apiBase</c> is pointed there.
/// </summary>
public sealed class RecordedSourceApis : IDisposable
{
    private readonly WireMockServer _server = WireMockServer.Start(new WireMockServerSettings
    {
        Urls = [string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{FreePort.Get()}")],
    });

    /// <summary>
    /// Serves only this case's recorded answers (cases of one type record different answers at the same URL) and
    /// gives the instance settings pointing the lookups at them.
    /// </summary>
    public JsonObject Serve(GoldenEndpointCase golden, GoldenVendor vendor)
    {
        _server.ResetMappings();
        var settings = golden.Settings.DeepClone().AsObject();
        if (golden.Enrichment.Count == 0)
        {
            return settings;
        }
        var realBase = new Uri((string?)settings["apiBase"] ?? vendor.DefaultApiBase
            ?? throw new InvalidOperationException($"{golden.Name} records lookups, but neither it nor {nameof(GoldenVendors)} names the apiBase they go to."));
        settings["apiBase"] = $"{_server.Url}/{golden.ConnectorType}{realBase.AbsolutePath.TrimEnd('/')}";
        foreach (var (url, answer) in golden.Enrichment)
        {
            var recorded = new Uri(url);
            if (recorded.Host != realBase.Host || !recorded.AbsolutePath.StartsWith(realBase.AbsolutePath, StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"{golden.Name} records {url}, which is not under its apiBase {realBase}.");
            }
            // The path identifies a lookup within one case; its query is the spec's, checked by the in-process golden test.
            _server.Given(Request.Create().WithPath($"/{golden.ConnectorType}{recorded.AbsolutePath}").UsingGet())
                .RespondWith(Answer(answer));
        }
        return settings;
    }

    /// <summary>A recorded JSON answer, or <c>{"$status": 401}</c> for a refusal.</summary>
    private static IResponseBuilder Answer(JsonNode? answer) =>
        answer is JsonObject refusal && refusal["$status"] is { } status
            ? Response.Create().WithStatusCode((int)status)
            : Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json")
                .WithBody(answer?.ToJsonString() ?? "null");

    public void Dispose()
    {
        _server.Stop();
        _server.Dispose();
    }
}
