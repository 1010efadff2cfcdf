using System.Text;
using System.Text.Json.Nodes;
using Hub.Channels;
using Hub.Channels.Rbm;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Hub.IntegrationTests.Channels.Rbm;

/// <summary>The RBM plugin as the host registers it, against a fake of Google's token endpoint and RBM API on 127.0.0.1.</summary>
public sealed class RbmProviderFixture : IChannelProviderFixture, IDisposable
{
    public const string AgentId = "my-agent";
    private const string DeliveredMessageId = "a3c0b6e4-5d1e-4c2c-9f0e-1b2c3d4e5f60";

    private readonly IHost _host;
    private readonly ProviderConfiguration _patient;
    private readonly ProviderConfiguration _impatient;

    public RbmProviderFixture()
    {
        Google = new RbmApiFake(Account);
        var builder = Host.CreateApplicationBuilder();
        // A rule for the capturing provider itself: the host's appsettings.json (copied into the test output) cuts the default at Information.
        builder.Logging.ClearProviders().AddProvider(Logs).SetMinimumLevel(LogLevel.Trace).AddFilter<CapturedLogs>(null, LogLevel.Trace);
        builder.AddHubRbmChannel();
        _host = builder.Build();
        Provider = _host.Services.GetServices<IChannelProvider>().Single(p => p.Type == RbmProvider.TypeName);
        _patient = Configure();
        _impatient = Configure(timeoutSeconds: 1);
        Configuration = _patient;
    }

    public GoogleServiceAccount Account { get; } = new();

    public RbmApiFake Google { get; }

    public IChannelProvider Provider { get; }

    public ProviderConfiguration Configuration { get; private set; }

    public CapturedLogs Logs { get; } = new();

    /// <summary>A new configuration object (so a new token cache), with extra settings when given.</summary>
    public ProviderConfiguration Configure(int timeoutSeconds = 30, JsonObject? extra = null, string? serviceAccountJson = null)
    {
        var settings = new JsonObject
        {
            ["baseUrl"] = Google.BaseUrl,
            ["tokenUrl"] = Google.TokenUrl,
            ["agentId"] = AgentId,
            ["timeoutSeconds"] = timeoutSeconds,
        };
        foreach (var (name, value) in extra ?? [])
        {
            settings[name] = value?.DeepClone();
        }
        return ProviderConfiguration.Create("rbm-main", RbmProvider.TypeName, settings, new Dictionary<string, string>
        {
            ["serviceAccountJson"] = serviceAccountJson ?? Account.Json(Google.TokenUrl),
            ["clientToken"] = RbmWebhooks.ClientToken,
        });
    }

    public bool CanAnswer(FarSideAnswer answer) => true;

    public void Answer(FarSideAnswer answer)
    {
        Configuration = answer == FarSideAnswer.Hangs ? _impatient : _patient;
        switch (answer)
        {
            case FarSideAnswer.Accepts:
                Google.Accept();
                break;
            case FarSideAnswer.Refuses:
                Google.AnswerWith(400, """{"error":{"code":400,"message":"Request contains an invalid argument.","status":"INVALID_ARGUMENT"}}""");
                break;
            case FarSideAnswer.IsUnavailable:
                Google.AnswerWith(503, """{"error":{"code":503,"message":"The service is currently unavailable.","status":"UNAVAILABLE"}}""");
                break;
            case FarSideAnswer.Throttles:
                // Google sends no Retry-After with RESOURCE_EXHAUSTED; the fixture's body is what comes.
                Google.AnswerWith(429, Encoding.UTF8.GetString(RbmWebhooks.File("error.429-resource-exhausted.json")));
                break;
            case FarSideAnswer.Hangs:
                Google.AcceptAfter(TimeSpan.FromSeconds(3));
                break;
        }
    }

    public Task<SendResult> SendAsync(OutboundMessage message, CancellationToken cancellationToken = default) =>
        Provider.SendAsync(Configuration, message, cancellationToken);

    /// <summary>What RBM received for one message (by its <c>messageId</c>); each request is checked against the contract.</summary>
    public Task<IReadOnlyList<ArrivedMessage>> ArrivalsOfAsync(string messageId)
    {
        var arrivals = Google.AgentMessages.Where(r => r.Query.GetValueOrDefault("messageId") == messageId).ToList();
        foreach (var (path, query, authorization, body) in arrivals)
        {
            Assert.Matches(@"^/v1/phones/\+[0-9]{6,15}/agentMessages$", path);
            Assert.Equal(AgentId, query.GetValueOrDefault("agentId"));
            Assert.True(Google.IsIssued(authorization), $"Authorization '{authorization}' is a Bearer token the token endpoint issued");
            Assert.NotNull(body["contentMessage"]);
        }
        return Task.FromResult<IReadOnlyList<ArrivedMessage>>([.. arrivals.Select(r => new ArrivedMessage(
            r.Query["messageId"], r.Path.Split('/')[3],
            (string?)r.Body["contentMessage"]!["text"] ?? (string?)r.Body["contentMessage"]!["richCard"]?["standaloneCard"]?["cardContent"]?["title"] ?? ""))]);
    }

    public IReadOnlyList<CallbackSample> CallbackSamples { get; } =
    [
        new("validation request", RbmWebhooks.Validation()) { ResponseBody = "1234567890" },
        new("user event DELIVERED", RbmWebhooks.Push("user-event-delivered"))
        {
            Receipts = [new(ReceiptStatus.Delivered, DeliveredMessageId, DeliveredMessageId)],
        },
        new("user event READ", RbmWebhooks.Push("user-event-read")) { Receipts = [new(ReceiptStatus.Read, DeliveredMessageId, DeliveredMessageId)] },
        new("user message text", RbmWebhooks.Push("user-message-text")) { InboundTexts = ["STOP"] },
        new("user message suggestion response", RbmWebhooks.Push("user-message-suggestion-response")) { InboundTexts = ["Yes"] },
        new("user event IS_TYPING (ignored)", RbmWebhooks.PushOf(Encoding.UTF8.GetBytes(
            """{"senderPhoneNumber":"+12223334444","eventType":"IS_TYPING","eventId":"MsUSNz0Ab1CdEfGj","sendTime":"2025-06-01T10:04:00.000Z","agentId":"my-agent@rbm.goog"}"""))),
    ];

    public IReadOnlyList<CallbackSample> ForgedCallbacks { get; } =
    [
        new("tampered data", RbmWebhooks.PushOf(Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(RbmWebhooks.Data("user-message-text"))
            .Replace("STOP", "START", StringComparison.Ordinal)), RbmWebhooks.StoredSignature("user-message-text"))),
        new("another message's signature", RbmWebhooks.Post(RbmWebhooks.File("webhook.user-event-delivered.push.json"), RbmWebhooks.StoredSignature("user-event-read"))),
        new("no signature", RbmWebhooks.Post(RbmWebhooks.File("webhook.user-event-delivered.push.json"), signature: null)),
        new("signed with another client token", RbmWebhooks.PushOf(RbmWebhooks.Data("user-event-read"),
            RbmWebhooks.Sign(RbmWebhooks.Data("user-event-read"), "ANOTHERCLIENTTOKEN"))),
        new("signature not base64", RbmWebhooks.Post(RbmWebhooks.File("webhook.user-event-delivered.push.json"), "not base64!")),
        new("validation with the wrong client token", RbmWebhooks.Validation("GUESSEDTOKEN")),
    ];

    public void Dispose()
    {
        _host.Dispose();
        Google.Dispose();
        Account.Dispose();
    }
}
