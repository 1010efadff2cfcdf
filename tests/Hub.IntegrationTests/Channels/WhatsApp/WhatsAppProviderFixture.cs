using System.Text;
using System.Text.Json.Nodes;
using Hub.Channels;
using Hub.Channels.WhatsApp;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Hub.IntegrationTests.Channels.WhatsApp;

/// <summary>The WhatsApp plugin as the host registers it, against a Graph API fake on 127.0.0.1.</summary>
public sealed class WhatsAppProviderFixture : IChannelProviderFixture, IDisposable
{
    /// <summary>Hub's id echoed in <c>biz_opaque_callback_data</c> by the built status samples.</summary>
    public const string EchoedMessageId = "0192f3a4-5b6c-7d8e-9f00-112233445566";

    private readonly IHost _host;
    private readonly ProviderConfiguration _patient;
    private readonly ProviderConfiguration _impatient;

    public WhatsAppProviderFixture()
    {
        var builder = Host.CreateApplicationBuilder();
        // A rule for the capturing provider itself: the host's appsettings.json (copied into the test output) cuts the default at Information.
        builder.Logging.ClearProviders().AddProvider(Logs).SetMinimumLevel(LogLevel.Trace).AddFilter<CapturedLogs>(null, LogLevel.Trace);
        builder.AddHubWhatsAppChannel();
        _host = builder.Build();
        Provider = _host.Services.GetServices<IChannelProvider>().Single(p => p.Type == WhatsAppProvider.TypeName);
        _patient = Configure(timeoutSeconds: 30);
        _impatient = Configure(timeoutSeconds: 1);
        Configuration = _patient;
    }

    public GraphApiFake Graph { get; } = new();

    public IChannelProvider Provider { get; }

    public ProviderConfiguration Configuration { get; private set; }

    public CapturedLogs Logs { get; } = new();

    public ProviderConfiguration Configure(int timeoutSeconds = 30, string? accessToken = GraphApiFake.AccessToken) =>
        ProviderConfiguration.Create("whatsapp-main", WhatsAppProvider.TypeName,
            new JsonObject { ["baseUrl"] = Graph.BaseUrl, ["apiVersion"] = "v23.0", ["phoneNumberId"] = GraphApiFake.PhoneNumberId, ["timeoutSeconds"] = timeoutSeconds },
            new Dictionary<string, string>
            {
                ["accessToken"] = accessToken ?? "",
                ["appSecret"] = MetaWebhooks.AppSecret,
                ["verifyToken"] = MetaWebhooks.VerifyToken,
            });

    public bool CanAnswer(FarSideAnswer answer) => true;

    public void Answer(FarSideAnswer answer)
    {
        Configuration = answer == FarSideAnswer.Hangs ? _impatient : _patient;
        switch (answer)
        {
            case FarSideAnswer.Accepts:
                Graph.Accept();
                break;
            case FarSideAnswer.Refuses:
                Graph.AnswerWith(400, """{"error":{"message":"(#131009) Parameter value is not valid","type":"OAuthException","code":131009,"fbtrace_id":"A3"}}""");
                break;
            case FarSideAnswer.IsUnavailable:
                Graph.AnswerWith(503, """{"error":{"message":"(#131016) Service unavailable","type":"OAuthException","code":131016,"fbtrace_id":"A4"}}""");
                break;
            case FarSideAnswer.Throttles:
                // Meta documents no Retry-After on 130429; the fixture's envelope is what comes.
                Graph.AnswerWith(429, Encoding.UTF8.GetString(MetaWebhooks.File("error-response.graph-130429-throughput.json")));
                break;
            case FarSideAnswer.Hangs:
                Graph.AcceptAfter(TimeSpan.FromSeconds(3));
                break;
        }
    }

    public Task<SendResult> SendAsync(OutboundMessage message, CancellationToken cancellationToken = default) =>
        Provider.SendAsync(Configuration, message, cancellationToken);

    /// <summary>What Meta received for one message (found by its <c>biz_opaque_callback_data</c>); each request is checked against the contract.</summary>
    public Task<IReadOnlyList<ArrivedMessage>> ArrivalsOfAsync(string messageId)
    {
        var arrivals = Graph.Requests.Where(r => (string?)r.Body["biz_opaque_callback_data"] == messageId).ToList();
        foreach (var (path, authorization, body) in arrivals)
        {
            Assert.Equal(GraphApiFake.MessagesPath, path);
            Assert.Equal("Bearer " + GraphApiFake.AccessToken, authorization);
            Assert.Equal("whatsapp", (string?)body["messaging_product"]);
            Assert.Equal("individual", (string?)body["recipient_type"]);
            // The WhatsApp id form: country code and number, digits only.
            Assert.Matches("^[0-9]{6,15}$", (string?)body["to"]);
        }
        return Task.FromResult<IReadOnlyList<ArrivedMessage>>([.. arrivals.Select(r => new ArrivedMessage(
            (string)r.Body["biz_opaque_callback_data"]!, "+" + (string)r.Body["to"]!,
            (string?)r.Body["text"]?["body"] ?? (string?)r.Body["template"]?["name"] ?? ""))]);
    }

    public IReadOnlyList<CallbackSample> CallbackSamples { get; } =
    [
        new("verification handshake", MetaWebhooks.Handshake()) { ResponseBody = "1158201444" },
        // The signed vector exactly as stored: its own X-Hub-Signature-256 over the file's bytes.
        new("inbound text (signed vector)", MetaWebhooks.Post(MetaWebhooks.File("webhook.inbound-text.json"),
            "sha256=b43be47b78822beca8c1ff5c9c83e76777e07f508b647f3b671d87b8d4dbcd0e"))
        {
            InboundTexts = ["Does it come in another color?"],
        },
        new("inbound interactive button reply", MetaWebhooks.SignedPost("webhook.inbound-button-reply.json")) { InboundTexts = ["Cancel"] },
        new("inbound template quick-reply button", MetaWebhooks.SignedPost("webhook.inbound-template-quick-reply-button.json")) { InboundTexts = ["Unsubscribe"] },
        new("inbound unsupported type", MetaWebhooks.SignedPost("webhook.inbound-unsupported.json")) { InboundTexts = [""] },
        new("status delivered", MetaWebhooks.SignedPost("webhook.status-delivered.json"))
        {
            Receipts = [new(ReceiptStatus.Delivered, ProviderMessageId: "wamid.HBgLMTY1MDM4Nzk0MzkVAgASGBQzQUFERjg0NDEzNDdFODU3MUMxMAA=")],
        },
        new("status failed 131047", MetaWebhooks.SignedPost("webhook.status-failed-131047.json"))
        {
            Receipts = [new(ReceiptStatus.Failed, ProviderMessageId: "wamid.HBgLMTY1MDM4Nzk0MzkVAgARGBI1RjQyNUE3NEYxMzAzMzQ5MkEA", ErrorCode: "131047")],
        },
        new("status failed 131026 (not on WhatsApp)", MetaWebhooks.SignedVariant("webhook.status-failed-131047.json", ("\"code\": 131047", "\"code\": 131026")))
        {
            Receipts = [new(ReceiptStatus.Undeliverable, ProviderMessageId: "wamid.HBgLMTY1MDM4Nzk0MzkVAgARGBI1RjQyNUE3NEYxMzAzMzQ5MkEA", ErrorCode: "131026")],
        },
        // Read before sent (out of order) with Hub's id echoed, as Meta does when the send carried biz_opaque_callback_data.
        new("status read with Hub's id", MetaWebhooks.SignedVariant("webhook.status-delivered.json",
            ("\"status\": \"delivered\"", $"\"status\": \"read\", \"biz_opaque_callback_data\": \"{EchoedMessageId}\"")))
        {
            Receipts = [new(ReceiptStatus.Read, EchoedMessageId, "wamid.HBgLMTY1MDM4Nzk0MzkVAgASGBQzQUFERjg0NDEzNDdFODU3MUMxMAA=")],
        },
        new("status sent with Hub's id", MetaWebhooks.SignedVariant("webhook.status-delivered.json",
            ("\"status\": \"delivered\"", $"\"status\": \"sent\", \"biz_opaque_callback_data\": \"{EchoedMessageId}\"")))
        {
            Receipts = [new(ReceiptStatus.Sent, EchoedMessageId, "wamid.HBgLMTY1MDM4Nzk0MzkVAgASGBQzQUFERjg0NDEzNDdFODU3MUMxMAA=")],
        },
        new("user preferences: marketing stop", MetaWebhooks.SignedPost("webhook.user-preferences-marketing-stop.json"))
        {
            ConsentSignals = [new("whatsapp", "+16505551234", "marketing", ConsentSignalState.OptedOut, "user_preferences marketing_messages=stop", DateTimeOffset.FromUnixTimeSeconds(1750030100))
            {
                SignalId = "16505551234:1750030100:stop",
            }],
        },
    ];

    public IReadOnlyList<CallbackSample> ForgedCallbacks { get; } =
    [
        new("tampered body", MetaWebhooks.Post(Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(MetaWebhooks.File("webhook.inbound-text.json"))
            .Replace("another color", "another colour", StringComparison.Ordinal)), MetaWebhooks.Sign(MetaWebhooks.File("webhook.inbound-text.json")))),
        new("no signature", MetaWebhooks.Post(MetaWebhooks.File("webhook.status-delivered.json"), signature: null)),
        new("signed with another secret", MetaWebhooks.Post(MetaWebhooks.File("webhook.status-delivered.json"),
            MetaWebhooks.Sign(MetaWebhooks.File("webhook.status-delivered.json"), "another_app_secret"))),
        new("signature not hex", MetaWebhooks.Post(MetaWebhooks.File("webhook.status-delivered.json"), "sha256=not-hex")),
        new("handshake with the wrong verify token", MetaWebhooks.Handshake(q => q.Replace("meatyhamhock", "guessed", StringComparison.Ordinal))),
    ];

    public void Dispose()
    {
        _host.Dispose();
        Graph.Dispose();
    }
}
