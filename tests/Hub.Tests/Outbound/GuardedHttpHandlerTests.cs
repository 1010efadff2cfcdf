using System.Net;
using Hub.Core.Outbound;

namespace Hub.Tests.Outbound;

/// <summary>Real sockets on 127.0.0.1: the guard decides at connect time, whatever the URL says.</summary>
public sealed class GuardedHttpHandlerTests : IDisposable
{
    private const string Ok = "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok";
    private static readonly OutboundPolicy LoopbackAllowed = new(allowedNetworks: ["127.0.0.1/32"]);
    private readonly LoopbackHttpServer _server = new();

    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("localhost")]
    public async Task A_loopback_address_is_refused_before_anything_is_sent(string host)
    {
        using var client = new HttpClient(GuardedHttpHandler.Create(OutboundPolicy.PublicOnly));

        var ex = await Assert.ThrowsAsync<HttpRequestException>(() => client.GetAsync(new Uri($"http://{host}:{_server.Port}/contacts/1")));

        var refused = OutboundRefusedException.FindIn(ex);
        Assert.NotNull(refused);
        Assert.StartsWith("Refused to connect to ", refused.Message, StringComparison.Ordinal);
        Assert.EndsWith($"(loopback) for host '{host}'; allow it with Hub:Outbound:AllowedNetworks", refused.Message, StringComparison.Ordinal);
        Assert.False(_server.HasWaitingConnection);
    }

    [Fact]
    public async Task An_allow_listed_loopback_address_is_connected_to()
    {
        using var client = new HttpClient(GuardedHttpHandler.Create(LoopbackAllowed));
        var serving = _server.ServeOneAsync(Ok);

        using var response = await client.GetAsync(new Uri($"http://127.0.0.1:{_server.Port}/contacts/1"));
        await serving;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("ok", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_redirect_is_answered_to_the_caller_not_followed()
    {
        using var elsewhere = new LoopbackHttpServer();
        using var client = new HttpClient(GuardedHttpHandler.Create(LoopbackAllowed));
        var serving = _server.ServeOneAsync(
            $"HTTP/1.1 302 Found\r\nLocation: http://127.0.0.1:{elsewhere.Port}/latest/meta-data/\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");

        using var response = await client.GetAsync(new Uri($"http://127.0.0.1:{_server.Port}/contacts/1"));
        await serving;

        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.False(elsewhere.HasWaitingConnection);
    }

    [Fact]
    public void The_handler_neither_follows_redirects_nor_goes_through_a_proxy()
    {
        using var handler = GuardedHttpHandler.Create(new OutboundPolicy(connectTimeout: TimeSpan.FromSeconds(3)));

        Assert.False(handler.AllowAutoRedirect);
        Assert.False(handler.UseProxy);
        Assert.Equal(TimeSpan.FromSeconds(3), handler.ConnectTimeout);
        Assert.NotNull(handler.ConnectCallback);
    }

    public void Dispose() => _server.Dispose();
}
