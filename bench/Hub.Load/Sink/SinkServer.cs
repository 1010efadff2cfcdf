using System.Diagnostics;
using System.Text.Json;

namespace Hub.Load.Sink;

/// <summary>
/// The internal system Hub's <c>webhook</c> channel provider delivers to: a loopback Kestrel endpoint in the load tool
/// that timestamps each arrival, checks its Standard Webhooks signature and answers 200 at once.
/// </summary>
internal sealed class SinkServer : IAsyncDisposable
{
    private readonly WebApplication app;

    private SinkServer(WebApplication app, Uri url, StandardWebhookSignature signature)
    {
        this.app = app;
        Url = url;
        Signature = signature;
    }

    public Uri Url { get; }

    public StandardWebhookSignature Signature { get; }

    public SinkArrivals Arrivals { get; private set; } = new();

    public static async Task<SinkServer> StartAsync(int port)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        var app = builder.Build();
        var sink = new SinkServer(app, new Uri($"http://127.0.0.1:{port}/sink"), StandardWebhookSignature.CreateRandom());
        app.MapPost("/sink", sink.ReceiveAsync);
        await app.StartAsync();
        return sink;
    }

    /// <summary>Forgets earlier arrivals (between phases whose order numbers must not mix).</summary>
    public void Reset() => Arrivals = new SinkArrivals();

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }

    private async Task<IResult> ReceiveAsync(HttpRequest request)
    {
        var arrived = Stopwatch.GetTimestamp();
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer);
        var body = buffer.GetBuffer().AsMemory(0, (int)buffer.Length);
        var valid = Signature.Verify(
            request.Headers["webhook-id"], request.Headers["webhook-timestamp"], request.Headers["webhook-signature"], body.Span);
        Arrivals.Record(OrderNumbers.Find(MessageText(body)), arrived, valid);
        return Results.Ok();
    }

    /// <summary>The rendered text (<c>body</c>), or the subject when a channel has one; null when the JSON is not a message.</summary>
    private static string? MessageText(ReadOnlyMemory<byte> body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            return root.TryGetProperty("body", out var text) && text.ValueKind == JsonValueKind.String ? text.GetString()
                : root.TryGetProperty("subject", out var subject) && subject.ValueKind == JsonValueKind.String ? subject.GetString()
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
