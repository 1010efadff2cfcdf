using System.Collections.Concurrent;
using System.Net;
using System.Text;

namespace Hub.Workflows.Simulation.Internals;

/// <summary>
/// The primary handler of every HTTP client the simulation's container makes, so that an <c>http</c> step calls
/// nothing real: the first matching <see cref="HttpStub"/> answers, and a call without one gets a 502 saying so.
/// </summary>
internal sealed class StubbedHttpHandler(IReadOnlyList<HttpStub> stubs, TimeProvider time) : HttpMessageHandler
{
    public ConcurrentQueue<SimulatedHttpCall> Calls { get; } = new();

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Content is not null)
        {
            await request.Content.LoadIntoBufferAsync(cancellationToken); // as a real server would read it
        }
        var url = request.RequestUri?.ToString() ?? "";
        var stub = stubs.FirstOrDefault(s => Matches(s, request.Method.Method, url));
        var status = stub?.Status ?? (int)HttpStatusCode.BadGateway;
        Calls.Enqueue(new SimulatedHttpCall(time.GetUtcNow(), request.Method.Method, url, status, stub is not null));
        var body = stub is null
            ? $$"""{"error":"no stub in the simulation matches {{request.Method.Method}} {{url.Replace("\"", "'", StringComparison.Ordinal)}}"}"""
            : stub.Body?.ToJsonString() ?? "";
        return new HttpResponseMessage((HttpStatusCode)status)
        {
            RequestMessage = request,
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
    }

    private static bool Matches(HttpStub stub, string method, string url) =>
        (stub.Method is null || string.Equals(stub.Method, method, StringComparison.OrdinalIgnoreCase))
        && (stub.Url.EndsWith('*')
            ? url.StartsWith(stub.Url[..^1], StringComparison.OrdinalIgnoreCase)
            : string.Equals(stub.Url, url, StringComparison.OrdinalIgnoreCase));
}
