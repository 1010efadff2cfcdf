using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Hub.Channels;
using Hub.Channels.SendGrid;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Hub.IntegrationTests.Channels.SendGrid;

/// <summary>
/// The sendgrid plugin as the host registers it, against a WireMock fake of Mail Send, and the Event Webhook's
/// documented batches signed with the fixture's key: 202 accepts, the documented 400 refuses, 500 is unavailable,
/// 429 throttles with <c>Retry-After: 7</c>, a 3 s delay hangs an instance whose timeout is 1 s.
/// </summary>
public sealed class SendGridProviderFixture : IChannelProviderFixture, IDisposable
{
    /// <summary>The sender of mail-send.request.minimal.json, so that a send can be compared with it.</summary>
    public const string From = "Example <noreply@example.com>";

    /// <summary>The Hub message id the signed samples carry as their <c>hub_message_id</c> custom arg.</summary>
    public const string SampleMessageId = "9f0c2a1e-7c1b-4c8e-9d2a-1f2e3d4c5b6a";

    private readonly IHost _host;
    private readonly ProviderConfiguration _patient;
    private readonly ProviderConfiguration _impatient;

    public SendGridProviderFixture()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders().AddProvider(Logs).SetMinimumLevel(LogLevel.Trace);
        builder.AddHubSendGridChannel();
        _host = builder.Build();
        Provider = _host.Services.GetServices<IChannelProvider>().Single(p => p.Type == SendGridProvider.TypeName);
        _patient = Configure(timeoutSeconds: 30);
        _impatient = Configure(timeoutSeconds: 1);
        Configuration = _patient;
    }

    public ProviderConfiguration Configure(int timeoutSeconds = 30, string? webhookPublicKey = null) =>
        ProviderConfiguration.Create("sendgrid-mail", SendGridProvider.TypeName,
            new JsonObject { ["baseUrl"] = Fake.BaseUrl, ["from"] = From, ["timeoutSeconds"] = timeoutSeconds },
            new Dictionary<string, string> { ["apiKey"] = SendGridFake.ApiKey, ["webhookPublicKey"] = webhookPublicKey ?? Signer.PublicKey });

    public SendGridFake Fake { get; } = new();

    public SendGridEventSigner Signer { get; } = new();

    public IChannelProvider Provider { get; }

    public ProviderConfiguration Configuration { get; private set; }

    public CapturedLogs Logs { get; } = new();

    public string Channel => "email";

    public bool CanAnswer(FarSideAnswer answer) => true;

    public TimeSpan? ThrottleRetryAfter => TimeSpan.FromSeconds(7);

    public void Answer(FarSideAnswer answer)
    {
        Configuration = answer == FarSideAnswer.Hangs ? _impatient : _patient;
        switch (answer)
        {
            case FarSideAnswer.Accepts:
                Fake.Accept();
                break;
            case FarSideAnswer.Refuses:
                Fake.AnswerWith(400, File.ReadAllText(SendGridFake.Fixture("mail-send.response.400.json")));
                break;
            case FarSideAnswer.IsUnavailable:
                Fake.AnswerWith(500, """{"errors":[{"message":"internal error","field":null}]}""");
                break;
            case FarSideAnswer.Throttles:
                var reset = DateTimeOffset.UtcNow.AddSeconds(60).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
                Fake.AnswerWith(429, """{"errors":[{"message":"too many requests","field":null}]}""", new Dictionary<string, string>
                {
                    ["Retry-After"] = "7",
                    ["X-RateLimit-Limit"] = "600",
                    ["X-RateLimit-Remaining"] = "0",
                    ["X-RateLimit-Reset"] = reset,
                });
                break;
            case FarSideAnswer.Hangs:
                Fake.Accept(delay: TimeSpan.FromSeconds(3));
                break;
        }
    }

    public Task<SendResult> SendAsync(OutboundMessage message, CancellationToken cancellationToken = default) =>
        Provider.SendAsync(Configuration, message, cancellationToken);

    /// <summary>The sends for one message, each checked as the API requires: the key, JSON, and the body's fields.</summary>
    public Task<IReadOnlyList<ArrivedMessage>> ArrivalsOfAsync(string messageId) =>
        Task.FromResult<IReadOnlyList<ArrivedMessage>>([.. Fake.Sends
            .Where(s => (string?)s.Body["personalizations"]?[0]?["custom_args"]?["hub_message_id"] == messageId)
            .Select(s =>
            {
                Assert.Equal($"Bearer {SendGridFake.ApiKey}", s.Headers["Authorization"]);
                Assert.StartsWith("application/json", s.Headers["Content-Type"], StringComparison.Ordinal);
                var personalization = Assert.Single(s.Body["personalizations"]!.AsArray())!;
                var to = Assert.Single(personalization["to"]!.AsArray())!;
                Assert.Equal("noreply@example.com", (string?)s.Body["from"]!["email"]);
                Assert.Equal("Example", (string?)s.Body["from"]!["name"]);
                Assert.NotNull((string?)s.Body["subject"]);
                var text = s.Body["content"]!.AsArray()[0]!;
                Assert.Equal("text/plain", (string?)text["type"]);
                return new ArrivedMessage(messageId, (string)to["email"]!, (string)text["value"]!);
            })]);

    public IReadOnlyList<CallbackSample> CallbackSamples =>
    [
        new("all event types, as documented", Signer.SignedCallback(File.ReadAllBytes(SendGridFake.Fixture("event-webhook.all-event-types.json"))))
        {
            Receipts = AllEventTypesReceipts(messageId: null),
            ConsentSignals = AllEventTypesConsent,
        },
        new("all event types, with Hub's custom arg", Signer.SignedCallback(WithHubMessageId(SendGridFake.Fixture("event-webhook.all-event-types.json"))))
        {
            Receipts = AllEventTypesReceipts(SampleMessageId),
            ConsentSignals = AllEventTypesConsent,
        },
        new("a batch with custom args (one event without sg_message_id)",
            Signer.SignedCallback(File.ReadAllBytes(SendGridFake.Fixture("event-webhook.batched-custom-args.json"))))
        {
            Receipts =
            [
                new ExpectedReceipt(ReceiptStatus.Sent, ProviderMessageId: "142d9f3f351.7618.254f56"),
                new ExpectedReceipt(ReceiptStatus.Delivered, ProviderMessageId: "142d9f3f351.7618.254f56"),
            ],
        },
        new("delivered before processed, and a blocked bounce", Signer.SignedCallback(Encoding.UTF8.GetBytes(
            """[{"email":"a@example.com","timestamp":1700000002,"event":"delivered","sg_message_id":"W2R0zMrxSWyVRNbf0C1yLQ.filterdrecv-1","hub_message_id":"m-1"},"""
            + """{"email":"a@example.com","timestamp":1700000001,"event":"processed","sg_message_id":"W2R0zMrxSWyVRNbf0C1yLQ.filterdrecv-1","hub_message_id":"m-1"},"""
            + """{"email":"b@example.com","timestamp":1700000003,"event":"bounce","type":"blocked","status":"4.0.0","reason":"550 blocked by b@example.com","sg_message_id":"Xk2.filterdrecv-2","hub_message_id":"m-2"}]""" + "\r\n")))
        {
            Receipts =
            [
                new ExpectedReceipt(ReceiptStatus.Delivered, "m-1", "W2R0zMrxSWyVRNbf0C1yLQ"),
                new ExpectedReceipt(ReceiptStatus.Sent, "m-1", "W2R0zMrxSWyVRNbf0C1yLQ"),
                new ExpectedReceipt(ReceiptStatus.Failed, "m-2", "Xk2", "4.0.0"),
            ],
        },
    ];

    public IReadOnlyList<CallbackSample> ForgedCallbacks
    {
        get
        {
            var body = WithHubMessageId(SendGridFake.Fixture("event-webhook.all-event-types.json"));
            var signed = Signer.SignedCallback(body);
            var signature = signed.Header(SendGridEventSigner.SignatureHeader)!;
            var timestamp = signed.Header(SendGridEventSigner.TimestampHeader)!;
            var tampered = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(body).Replace("\"bounce\"", "\"delivered\"", StringComparison.Ordinal));
            using var other = new SendGridEventSigner();
            return
            [
                new("a tampered body", SendGridEventSigner.Callback(tampered,
                    new Dictionary<string, string> { [SendGridEventSigner.SignatureHeader] = signature, [SendGridEventSigner.TimestampHeader] = timestamp })),
                new("another timestamp", SendGridEventSigner.Callback(body,
                    new Dictionary<string, string> { [SendGridEventSigner.SignatureHeader] = signature, [SendGridEventSigner.TimestampHeader] = "1600000000" })),
                new("signed with another key", other.SignedCallback(body)),
                new("no signature", SendGridEventSigner.Callback(body, new Dictionary<string, string> { [SendGridEventSigner.TimestampHeader] = timestamp })),
                new("no timestamp", SendGridEventSigner.Callback(body, new Dictionary<string, string> { [SendGridEventSigner.SignatureHeader] = signature })),
                new("a signature that is not base64", SendGridEventSigner.Callback(body,
                    new Dictionary<string, string> { [SendGridEventSigner.SignatureHeader] = "not base64!", [SendGridEventSigner.TimestampHeader] = timestamp })),
            ];
        }
    }

    /// <summary>
    /// The documented events in order: processed, deferred (not final: nothing), delivered, open, click, bounce
    /// (<c>type: bounce</c>), dropped, then engagement events that are not delivery (nothing).
    /// </summary>
    private static IReadOnlyList<ExpectedReceipt> AllEventTypesReceipts(string? messageId) =>
    [
        new(ReceiptStatus.Sent, messageId, "sg_message_id"),
        new(ReceiptStatus.Delivered, messageId, "sg_message_id"),
        new(ReceiptStatus.Read, messageId, "sg_message_id"),
        new(ReceiptStatus.Read, messageId, "sg_message_id"),
        new(ReceiptStatus.Undeliverable, messageId, "sg_message_id", "5.0.0"),
        new(ReceiptStatus.Failed, messageId, "sg_message_id", "5.0.0"),
    ];

    /// <summary>
    /// The documented batch's consent: the hard bounce and the spam report stop all email to the address, the
    /// unsubscribes stop marketing, the group resubscribe resumes it.
    /// </summary>
    private static IReadOnlyList<ConsentSignal> AllEventTypesConsent { get; } = AllEventTypesConsentOf(DateTimeOffset.FromUnixTimeSeconds(1513299569));

    private static IReadOnlyList<ConsentSignal> AllEventTypesConsentOf(DateTimeOffset at) =>
    [
        new("email", "example@test.com", "marketing", ConsentSignalState.OptedOut, "bounce", at) { SignalId = "sg_event_id:bounce" },
        new("email", "example@test.com", "transactional", ConsentSignalState.OptedOut, "bounce", at) { SignalId = "sg_event_id:bounce" },
        new("email", "example@test.com", "marketing", ConsentSignalState.OptedOut, "spamreport", at) { SignalId = "sg_event_id:spamreport" },
        new("email", "example@test.com", "transactional", ConsentSignalState.OptedOut, "spamreport", at) { SignalId = "sg_event_id:spamreport" },
        new("email", "example@test.com", "marketing", ConsentSignalState.OptedOut, "unsubscribe", at) { SignalId = "sg_event_id:unsubscribe" },
        new("email", "example@test.com", "marketing", ConsentSignalState.OptedOut, "group_unsubscribe asm_group_id=10", at) { SignalId = "sg_event_id:group_unsubscribe" },
        new("email", "example@test.com", "marketing", ConsentSignalState.OptedIn, "group_resubscribe asm_group_id=10", at) { SignalId = "sg_event_id:group_resubscribe" },
    ];

    /// <summary>A documented batch as SendGrid sends it for a mail sent with <c>custom_args: {"hub_message_id": ...}</c>: each event carries the arg.</summary>
    private static byte[] WithHubMessageId(string file)
    {
        var events = JsonNode.Parse(File.ReadAllText(file))!.AsArray();
        foreach (var item in events)
        {
            item!["hub_message_id"] = SampleMessageId;
        }
        return Encoding.UTF8.GetBytes(events.ToJsonString() + "\r\n");
    }

    public void Dispose()
    {
        _host.Dispose();
        Fake.Dispose();
        Signer.Dispose();
    }
}
