using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using System.Web;
using Hub.Channels;
using Hub.Channels.Twilio;
using Hub.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Hub.IntegrationTests.Channels.Twilio;

/// <summary>
/// The Twilio plugin as the host registers it, against <see cref="TwilioFake"/>. Callbacks are the shared fixture
/// files: the delivered status callback with its signature exactly as computed for its URL and token (so this
/// instance's auth token is that sample's), the others signed here as Twilio signs, over the URL Twilio would call.
/// </summary>
public sealed class TwilioProviderFixture : IChannelProviderFixture, IDisposable
{
    public const string ProviderId = "twilio-us";
    public const string CallbackBaseUrl = "https://hub.example.com";
    public const string AccountSid = "AC0123456789abcdef0123456789abcdef";
    public const string From = "+15017122661";

    private readonly IHost _host;
    private readonly ProviderConfiguration _patient;
    private readonly ProviderConfiguration _impatient;

    public TwilioProviderFixture()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders().AddProvider(Logs).SetMinimumLevel(LogLevel.Trace);
        builder.AddHubTwilioChannel();
        _host = builder.Build();
        Provider = _host.Services.GetServices<IChannelProvider>().Single(p => p.Type == TwilioProvider.TypeName);
        Fake = new TwilioFake(AccountSid, AuthToken, From, null, $"{CallbackBaseUrl}/providers/{ProviderId}/status");
        _patient = Configure(timeoutSeconds: 30);
        _impatient = Configure(timeoutSeconds: 1);
        Configuration = _patient;
    }

    /// <summary>The made-up token status-callback.delivered.signature.json was signed with.</summary>
    public static string AuthToken { get; } = (string)SignedSample["authToken"]!;

    public static JsonNode SignedSample => JsonNode.Parse(Sample("status-callback.delivered.signature.json"))!;

    public TwilioFake Fake { get; }

    public IChannelProvider Provider { get; }

    public IProviderCallbacks Callbacks => (IProviderCallbacks)Provider;

    public ProviderConfiguration Configuration { get; private set; }

    public CapturedLogs Logs { get; } = new();

    public TimeSpan? ThrottleRetryAfter => TimeSpan.FromSeconds(7);

    public ProviderConfiguration Configure(int timeoutSeconds = 30, JsonObject? settings = null, string? authToken = null)
    {
        var all = new JsonObject
        {
            ["baseUrl"] = Fake.BaseUrl,
            ["accountSid"] = AccountSid,
            ["from"] = From,
            ["callbackBaseUrl"] = CallbackBaseUrl,
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
        return ProviderConfiguration.Create(ProviderId, TwilioProvider.TypeName, all,
            new Dictionary<string, string> { ["authToken"] = authToken ?? AuthToken });
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
                Fake.AnswerWith(400, Sample("error-response.400.json"));
                break;
            case FarSideAnswer.IsUnavailable:
                Fake.AnswerWith(503);
                break;
            case FarSideAnswer.Throttles:
                Fake.AnswerWith(429, Sample("error-response.429.json"), retryAfter: "7");
                break;
            case FarSideAnswer.Hangs:
                Fake.AnswerWith(201, Sample("message-create.response.201.json"), delay: TimeSpan.FromSeconds(3));
                break;
        }
    }

    public Task<SendResult> SendAsync(OutboundMessage message, CancellationToken cancellationToken = default) =>
        Provider.SendAsync(Configuration, message, cancellationToken);

    public Task<IReadOnlyList<ArrivedMessage>> ArrivalsOfAsync(string messageId)
    {
        var sends = Fake.Received.Where(s => s.MessageId == messageId).ToList();
        // Every send must have met Twilio's contract: Basic auth, a form with documented parameters, the instance's sender and callback.
        Assert.All(sends, s => Assert.Empty(s.Problems));
        return Task.FromResult<IReadOnlyList<ArrivedMessage>>([.. sends.Select(s => new ArrivedMessage(s.MessageId!, s.Form["To"]!, s.Form["Body"]!))]);
    }

    public static string Sample(string file) => File.ReadAllText(RepoPaths.Fixture($"providers/twilio/{file}"));

    /// <summary>A form sample as Twilio posts it (the file's closing newline is the file's, not Twilio's).</summary>
    public static string Form(string file) => Sample(file).TrimEnd('\r', '\n');

    /// <summary>X-Twilio-Signature as Twilio computes it, written from Twilio's description independently of the plugin.</summary>
    public static string Sign(string authToken, string url, string form)
    {
        var parameters = HttpUtility.ParseQueryString(form);
        var signed = new StringBuilder(url);
        foreach (var name in parameters.AllKeys.Order(StringComparer.Ordinal))
        {
            signed.Append(name).Append(parameters[name]);
        }
#pragma warning disable CA5350 // Twilio's scheme.
        return Convert.ToBase64String(HMACSHA1.HashData(Encoding.UTF8.GetBytes(authToken), Encoding.UTF8.GetBytes(signed.ToString())));
#pragma warning restore CA5350
    }

    public static ProviderCallback Callback(string path, string url, string form, string? signature, string method = "POST")
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { ["Content-Type"] = "application/x-www-form-urlencoded" };
        if (signature is not null)
        {
            headers["X-Twilio-Signature"] = signature;
        }
        var uri = new Uri(url);
        var query = HttpUtility.ParseQueryString(uri.Query);
        return new ProviderCallback(method, path, uri, headers,
            query.AllKeys.Where(k => k is not null).ToDictionary(k => k!, k => query[k]!), Encoding.UTF8.GetBytes(form));
    }

    /// <summary>A callback signed with this instance's token over the URL Twilio calls for it.</summary>
    public static ProviderCallback SignedByTwilio(string path, string form, string? query = null)
    {
        var url = $"{CallbackBaseUrl}/providers/{ProviderId}/{path}{query}";
        return Callback(path, url, form, Sign(AuthToken, url, form));
    }

    public static ProviderCallback DeliveredAsSigned()
    {
        var meta = SignedSample;
        return Callback("status", (string)meta["url"]!, Form((string)meta["bodyFile"]!), (string)meta["headers"]!["X-Twilio-Signature"]!);
    }

    public IReadOnlyList<CallbackSample> CallbackSamples =>
    [
        new("status-callback.delivered (signed sample)", DeliveredAsSigned()) { Receipts = [new(ReceiptStatus.Delivered, ProviderMessageId: "SMyyy")] },
        new("status-callback.undelivered-30003", SignedByTwilio("status", Form("status-callback.undelivered-30003.form.txt"), "?hubMessageId=msg-30003"))
        {
            Receipts = [new(ReceiptStatus.Failed, MessageId: "msg-30003", ProviderMessageId: "SM1234567890abcdef1234567890abcd02", ErrorCode: "30003")],
        },
        new("inbound-sms", SignedByTwilio("inbound", Form("inbound-sms.form.txt"))) { InboundTexts = ["Msg"] },
        new("inbound-sms.messaging-service", SignedByTwilio("inbound", Form("inbound-sms.messaging-service.form.txt"))) { InboundTexts = ["Confirm"] },
    ];

    public IReadOnlyList<CallbackSample> ForgedCallbacks
    {
        get
        {
            var meta = SignedSample;
            var url = (string)meta["url"]!;
            var form = Form((string)meta["bodyFile"]!);
            var signature = (string)meta["headers"]!["X-Twilio-Signature"]!;
            var inbound = Form("inbound-sms.form.txt");
            var inboundUrl = $"{CallbackBaseUrl}/providers/{ProviderId}/inbound";
            return
            [
                new("delivered with a tampered status", Callback("status", url, form.Replace("MessageStatus=delivered", "MessageStatus=failed", StringComparison.Ordinal), signature)),
                new("delivered without a signature", Callback("status", url, form, null)),
                new("delivered signed with another token", Callback("status", url, form, Sign("another_token", url, form))),
                new("delivered replayed at another URL", Callback("status", "https://hub.example.com/providers/twilio-us/status", form, signature)),
                new("inbound with a tampered body", Callback("inbound", inboundUrl, inbound.Replace("Body=Msg", "Body=STOP", StringComparison.Ordinal), Sign(AuthToken, inboundUrl, inbound))),
                new("inbound without a signature", Callback("inbound", inboundUrl, inbound, null)),
            ];
        }
    }

    public void Dispose()
    {
        _host.Dispose();
        Fake.Dispose();
    }
}
