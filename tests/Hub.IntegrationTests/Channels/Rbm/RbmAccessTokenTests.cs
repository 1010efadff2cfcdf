using System.Text.Json.Nodes;
using Hub.Channels;
using Hub.Channels.Rbm;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;

namespace Hub.IntegrationTests.Channels.Rbm;

/// <summary>The service account's access token is reused until shortly before it expires, on the host's clock.</summary>
public sealed class RbmAccessTokenTests : IDisposable
{
    private readonly GoogleServiceAccount _account = new();
    private readonly RbmApiFake _google;
    private readonly FakeTimeProvider _time = new(DateTimeOffset.UtcNow);
    private readonly IHost _host;

    public RbmAccessTokenTests()
    {
        _google = new RbmApiFake(_account);
        var builder = Host.CreateApplicationBuilder();
        builder.Services.AddSingleton<TimeProvider>(_time);
        builder.AddHubRbmChannel();
        _host = builder.Build();
    }

    [Fact]
    public async Task A_token_is_reused_until_five_minutes_before_it_expires()
    {
        var provider = _host.Services.GetServices<IChannelProvider>().Single(p => p.Type == RbmProvider.TypeName);
        var configuration = ProviderConfiguration.Create("rbm-clock", RbmProvider.TypeName,
            new JsonObject { ["baseUrl"] = _google.BaseUrl, ["tokenUrl"] = _google.TokenUrl, ["agentId"] = "my-agent" },
            new Dictionary<string, string> { ["serviceAccountJson"] = _account.Json(_google.TokenUrl), ["clientToken"] = "t" });
        async Task Send() => Assert.Equal(SendOutcome.Accepted, (await provider.SendAsync(configuration, Message(), CancellationToken.None)).Outcome);

        await Send();
        // The fake's tokens live 3599 s: one is fetched again from 3299 s on.
        _time.Advance(TimeSpan.FromSeconds(3290));
        await Send();
        Assert.Equal(1, _google.TokensIssued);

        _time.Advance(TimeSpan.FromSeconds(10));
        await Send();
        Assert.Equal(2, _google.TokensIssued);
    }

    private static OutboundMessage Message() => new()
    {
        Id = Guid.CreateVersion7().ToString(),
        Channel = "rcs",
        To = "+4791234567",
        Body = "Your code is ready",
        CreatedAt = DateTimeOffset.UtcNow,
    };

    public void Dispose()
    {
        _host.Dispose();
        _google.Dispose();
        _account.Dispose();
    }
}
