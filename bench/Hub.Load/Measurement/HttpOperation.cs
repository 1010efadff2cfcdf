using System.Net;

namespace Hub.Load.Measurement;

internal static class HttpOperation
{
    /// <summary>A fresh client per target, with at most <paramref name="connections"/> connections, as a sender's pool has.</summary>
    public static HttpClient Client(Uri baseAddress, int connections) => new(new SocketsHttpHandler
    {
        MaxConnectionsPerServer = connections,
        PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
    })
    {
        BaseAddress = baseAddress,
        Timeout = TimeSpan.FromSeconds(30),
    };

    /// <summary>Sends and classifies: <paramref name="expected"/> (or any 2xx when null) is the phase's expected answer.</summary>
    public static async Task<(Outcome Outcome, HttpStatusCode Status)> SendAsync(HttpClient client, HttpRequestMessage request, HttpStatusCode? expected = null)
    {
        using (request)
        using (var response = await client.SendAsync(request, HttpCompletionOption.ResponseContentRead))
        {
            var ok = expected is { } status ? response.StatusCode == status : response.IsSuccessStatusCode;
            return (ok ? Outcome.Expected : Outcome.OtherStatus, response.StatusCode);
        }
    }
}
