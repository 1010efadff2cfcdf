using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Hub.Channels;
using Hub.Channels.LinkMobility;
using Hub.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Hub.IntegrationTests.Channels.LinkMobility;

/// <summary>
/// The LINK Mobility plugin as the host registers it, against <see cref="LinkMobilityFake"/>; callbacks are the
/// shared fixture files (delivery reports and MO messages from LINK's PDFs) with the gate's HTTP Basic credentials.
/// </summary>
public sealed class LinkMobilityProviderFixture : IChannelProviderFixture, IDisposable
{
    public const string ProviderId = "link-no";
    public const string CallbackUsername = "link-gate";

    private readonly IHost _host;
    private readonly ProviderConfiguration _patient;
    private readonly ProviderConfiguration _impatient;

    public LinkMobilityProviderFixture()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders().AddProvider(Logs).SetMinimumLevel(LogLevel.Trace);
        builder.AddHubLinkMobilityChannel();
        _host = builder.Build();
        Provider = _host.Services.GetServices<IChannelProvider>().Single(p => p.Type == LinkMobilityProvider.TypeName);
        Fake = new LinkMobilityFake("hub-api", Convert.ToBase64String(RandomNumberGenerator.GetBytes(18)), "HUB-PLATFORM", "HUB-PARTNER", "HubShop", "HUBGATE01");
        // A patient instance for every answer but a hang, so that a loaded machine does not turn a 200 into a timeout.
        _patient = Configure(timeoutSeconds: 30);
        _impatient = Configure(timeoutSeconds: 1);
        Configuration = _patient;
    }

    public LinkMobilityFake Fake { get; }

    public string CallbackPassword { get; } = Convert.ToBase64String(RandomNumberGenerator.GetBytes(18));

    public IChannelProvider Provider { get; }

    public IProviderCallbacks Callbacks => (IProviderCallbacks)Provider;

    public ProviderConfiguration Configuration { get; private set; }

    public CapturedLogs Logs { get; } = new();

    public TimeSpan? ThrottleRetryAfter => TimeSpan.FromSeconds(7);

    /// <summary>An instance of this fake's account; <paramref name="settings"/> replace or add settings (a null value removes one).</summary>
    public ProviderConfiguration Configure(int timeoutSeconds = 30, JsonObject? settings = null, Dictionary<string, string>? credentials = null)
    {
        var all = new JsonObject
        {
            ["baseUrl"] = Fake.BaseUrl,
            ["platformId"] = Fake.PlatformId,
            ["platformPartnerId"] = Fake.PlatformPartnerId,
            ["source"] = Fake.Source,
            ["deliveryReportGate"] = Fake.Gate,
            ["timeoutSeconds"] = timeoutSeconds,
        };
        foreach (var (name, value) in settings ?? [])
        {
            all[name] = value?.DeepClone();
        }
        foreach (var name in all.Where(p => p.Value is null).Select(p => p.Key).ToList())
        {
            all.Remove(name);
        }
        return ProviderConfiguration.Create(ProviderId, LinkMobilityProvider.TypeName, all, credentials ?? new Dictionary<string, string>
        {
            ["username"] = Fake.Username,
            ["password"] = Fake.Password,
            ["callbackUsername"] = CallbackUsername,
            ["callbackPassword"] = CallbackPassword,
        });
    }

    public bool CanAnswer(FarSideAnswer answer) => true;

    public void Answer(FarSideAnswer answer)
    {
        Configuration = answer == FarSideAnswer.Hangs ? _impatient : _patient;
        switch (answer)
        {
            case FarSideAnswer.Accepts:
                Fake.Accept();
                break;
            case FarSideAnswer.Refuses:
                // LINK's ErrorResponse for an invalid request; 4001 "Invalid message content" from its result codes.
                Fake.AnswerWith(400, """{"status":400,"resultCode":4001,"description":"Invalid message content"}""");
                break;
            case FarSideAnswer.IsUnavailable:
                Fake.AnswerWith(503);
                break;
            case FarSideAnswer.Throttles:
                Fake.AnswerWith(429, retryAfter: "7");
                break;
            case FarSideAnswer.Hangs:
                Fake.AnswerWith(200, """{"messageId":"late","resultCode":1005,"description":"Queued"}""", delay: TimeSpan.FromSeconds(3));
                break;
        }
    }

    public Task<SendResult> SendAsync(OutboundMessage message, CancellationToken cancellationToken = default) =>
        Provider.SendAsync(Configuration, message, cancellationToken);

    public Task<IReadOnlyList<ArrivedMessage>> ArrivalsOfAsync(string messageId)
    {
        var sends = Fake.Received.Where(s => s.RefId == messageId).ToList();
        // Every send must have met LINK's contract: Basic auth with the instance's credentials, JSON, the documented fields.
        Assert.All(sends, s => Assert.Empty(s.Problems));
        return Task.FromResult<IReadOnlyList<ArrivedMessage>>([.. sends.Select(s => new ArrivedMessage(s.RefId!, (string)s.Body!["destination"]!, (string)s.Body["userData"]!))]);
    }

    /// <summary>A callback from LINK's gate: a POST of <paramref name="body"/> with these Basic credentials (none when null).</summary>
    public static ProviderCallback Callback(string path, string body, string? username, string? password, string method = "POST")
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { ["Content-Type"] = "application/json" };
        if (username is not null)
        {
            headers["Authorization"] = "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"{username}:{password}"));
        }
        return new ProviderCallback(method, path, new Uri($"https://hub.example.com/providers/{ProviderId}/{path}"), headers,
            new Dictionary<string, string>(), Encoding.UTF8.GetBytes(body));
    }

    public ProviderCallback GateCallback(string path, string body) => Callback(path, body, CallbackUsername, CallbackPassword);

    public static string Sample(string file) => File.ReadAllText(RepoPaths.Fixture($"providers/linkmobility/{file}"));

    public IReadOnlyList<CallbackSample> CallbackSamples =>
    [
        new("dlr.delivered", GateCallback("dlr", Sample("dlr.delivered.json"))) { Receipts = [new(ReceiptStatus.Delivered, MessageId: "0", ProviderMessageId: "0")] },
        new("dlr.number-error", GateCallback("dlr", Sample("dlr.number-error.json")))
        {
            Receipts = [new(ReceiptStatus.Undeliverable, MessageId: "0", ProviderMessageId: "0", ErrorCode: "2106")],
        },
        new("mo.keyword-route", GateCallback("mo", Sample("mo.keyword-route.json"))) { InboundTexts = ["Bclt hello"] },
        new("mo.subnumber-route", GateCallback("mo", Sample("mo.subnumber-route.json"))) { InboundTexts = ["Hello, Dolly!"] },
    ];

    public IReadOnlyList<CallbackSample> ForgedCallbacks =>
    [
        new("dlr with a wrong password", Callback("dlr", Sample("dlr.delivered.json"), CallbackUsername, CallbackPassword + "x")),
        new("dlr with a wrong username", Callback("dlr", Sample("dlr.delivered.json"), "someone", CallbackPassword)),
        new("dlr without Authorization", Callback("dlr", Sample("dlr.delivered.json"), null, null)),
        new("mo with a wrong password", Callback("mo", Sample("mo.keyword-route.json"), CallbackUsername, "guess")),
        new("mo without Authorization", Callback("mo", Sample("mo.keyword-route.json"), null, null)),
    ];

    public void Dispose()
    {
        _host.Dispose();
        Fake.Dispose();
    }
}
