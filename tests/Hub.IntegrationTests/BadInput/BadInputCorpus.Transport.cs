using System.Text;
using Hub.IntegrationTests.Infrastructure;

namespace Hub.IntegrationTests.BadInput;

public static partial class BadInputCorpus
{
    private static IEnumerable<BadInputCase> TransportCases()
    {
        // Kestrel answers these before any Hub code runs: no body of ours to check.
        yield return Case("headers: a 40 KB header", [431], Admin(HttpMethod.Get, ConnectorsPath, authenticated: false, authorization: "Bearer " + new string('h', 40 * 1024)), ourBody: false);
        yield return Case("headers: 200 headers", [431], async hub =>
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/webhooks/" + BadInputHub.ShopId, UriKind.Relative));
            for (var i = 0; i < 200; i++)
            {
                request.Headers.TryAddWithoutValidation($"X-Probe-{i}", "x");
            }
            return await BadInputAnswer.FromAsync(await hub.Client.Http.SendAsync(request));
        }, ourBody: false);
        yield return Case("url: a 20,000-character path", [414], Admin(HttpMethod.Get, "/webhooks/" + new string('u', 20_000), authenticated: false), ourBody: false);

        // A body that never arrives in full: Kestrel's MinRequestBodyDataRate gives up after its grace period. Both
        // senders run at once, so the case costs one grace period.
        yield return Case("body: slower than 240 bytes/s, or shorter than its Content-Length", [408], async hub =>
        {
            var slow = RawHttp.SendAsync(hub.Process.BaseAddress, SignedHead(SlowBody, SlowBody.Length), SlowBody, pieceSize: 10, pause: TimeSpan.FromSeconds(1));
            var truncated = RawHttp.SendAsync(hub.Process.BaseAddress, SignedHead(ShortBody, ShortBody.Length + 100), ShortBody, pieceSize: ShortBody.Length, pause: TimeSpan.Zero);
            var answers = await Task.WhenAll(slow, truncated);
            Assert.Equal(answers[0].Status, answers[1].Status);
            return answers[1];
        });
        yield return Case("body: the client hangs up mid-body", [0], hub =>
            RawHttp.SendAsync(hub.Process.BaseAddress, SignedHead(ShortBody, ShortBody.Length + 100), ShortBody, pieceSize: ShortBody.Length, pause: TimeSpan.Zero, closeAfterBody: true));
        yield return Case("body: an admin body that hangs up mid-way", [0], hub =>
            RawHttp.SendAsync(hub.Process.BaseAddress,
                $"PUT {ConnectorsPath}/probe-new HTTP/1.1\r\nHost: hub\r\nAuthorization: Bearer {HubClient.AdminKey}\r\nContent-Type: application/json\r\nContent-Length: 500\r\nConnection: close\r\n\r\n",
                Encoding.UTF8.GetBytes("{\"type\": \"shopify\", "), pieceSize: 100, pause: TimeSpan.Zero, closeAfterBody: true));
        yield return Case("body: a broken chunked encoding", BadRequest, hub =>
            RawHttp.SendAsync(hub.Process.BaseAddress,
                $"POST /webhooks/{BadInputHub.ShopId} HTTP/1.1\r\nHost: hub\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n",
                Encoding.UTF8.GetBytes("zz\r\n{}\r\n0\r\n\r\n"), pieceSize: 64, pause: TimeSpan.Zero));
    }

    private static readonly byte[] SlowBody = Encoding.UTF8.GetBytes("{\"id\": 1, \"note\": \"" + new string('s', 200) + "\"}");

    private static readonly byte[] ShortBody = Encoding.UTF8.GetBytes("{\"id\": 1}");

    /// <summary>A signed Shopify delivery's request line and headers, announcing <paramref name="contentLength"/> bytes.</summary>
    private static string SignedHead(byte[] body, int contentLength) =>
        $"POST /webhooks/{BadInputHub.ShopId} HTTP/1.1\r\nHost: hub\r\nContent-Type: application/json\r\nContent-Length: {contentLength}\r\n" +
        $"X-Shopify-Topic: orders/create\r\nX-Shopify-Hmac-Sha256: {ShopifyWebhook.Sign(body, BadInputHub.ShopSecret)}\r\n" +
        $"X-Shopify-Webhook-Id: {Guid.NewGuid()}\r\nConnection: close\r\n\r\n";
}
