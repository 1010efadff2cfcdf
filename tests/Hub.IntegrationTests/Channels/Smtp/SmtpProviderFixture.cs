using System.Text.Json.Nodes;
using Hub.Channels;
using Hub.Channels.Smtp;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Hub.IntegrationTests.Channels.Smtp;

/// <summary>
/// The smtp plugin as the host registers it, against a real SMTP server on 127.0.0.1 whose data reply a test sets:
/// 250 accepts, <c>550 5.1.1</c> refuses, <c>451 4.3.0</c> is unavailable, <c>421 4.7.0</c> throttles (SMTP has no
/// Retry-After), and a reply 3 s late hangs an instance whose timeout is 1 s.
/// </summary>
public sealed class SmtpProviderFixture : IChannelProviderFixture, IDisposable
{
    public const string From = "Example Shop <noreply@shop.example>";
    public const string ReplyTo = "support@shop.example";

    private readonly IHost _host;
    private readonly ProviderConfiguration _patient;
    private readonly ProviderConfiguration _impatient;

    public SmtpProviderFixture()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders().AddProvider(Logs).SetMinimumLevel(LogLevel.Trace);
        builder.AddHubSmtpChannel();
        _host = builder.Build();
        Provider = _host.Services.GetServices<IChannelProvider>().Single(p => p.Type == SmtpProvider.TypeName);
        _patient = Configure(Server.Port, timeoutSeconds: 30);
        _impatient = Configure(Server.Port, timeoutSeconds: 1);
        Configuration = _patient;
    }

    public static ProviderConfiguration Configure(int port, int timeoutSeconds = 30, string security = "none",
        IReadOnlyDictionary<string, string>? credentials = null, bool acceptAllCertificates = false) =>
        ProviderConfiguration.Create("mail-relay", SmtpProvider.TypeName,
            new JsonObject
            {
                ["host"] = "127.0.0.1",
                ["port"] = port,
                ["security"] = security,
                ["from"] = From,
                ["replyTo"] = ReplyTo,
                ["timeoutSeconds"] = timeoutSeconds,
                ["acceptAllCertificates"] = acceptAllCertificates,
            },
            credentials);

    public SmtpTestServer Server { get; } = new();

    public IChannelProvider Provider { get; }

    public ProviderConfiguration Configuration { get; private set; }

    public CapturedLogs Logs { get; } = new();

    public string Channel => "email";

    public bool CanAnswer(FarSideAnswer answer) => true;

    public void Answer(FarSideAnswer answer)
    {
        Configuration = answer == FarSideAnswer.Hangs ? _impatient : _patient;
        Server.Store.Reply = answer switch
        {
            FarSideAnswer.Accepts => SmtpReply.Ok,
            FarSideAnswer.Refuses => new SmtpReply(550, "5.1.1 Mailbox unknown"),
            FarSideAnswer.IsUnavailable => new SmtpReply(451, "4.3.0 Temporary failure, try again later"),
            FarSideAnswer.Throttles => new SmtpReply(421, "4.7.0 Too many messages, slow down"),
            FarSideAnswer.Hangs => SmtpReply.Ok with { Delay = TimeSpan.FromSeconds(3) },
            _ => throw new ArgumentOutOfRangeException(nameof(answer)),
        };
    }

    public Task<SendResult> SendAsync(OutboundMessage message, CancellationToken cancellationToken = default) =>
        Provider.SendAsync(Configuration, message, cancellationToken);

    public Task<IReadOnlyList<ArrivedMessage>> ArrivalsOfAsync(string messageId) =>
        Task.FromResult<IReadOnlyList<ArrivedMessage>>([.. Server.Store.Accepted.Where(m => m.HubMessageId == messageId)
            .Select(m => new ArrivedMessage(m.HubMessageId!, Assert.Single(m.EnvelopeTo), m.Message.TextBody!.TrimEnd('\r', '\n')))]);

    public void Dispose()
    {
        _host.Dispose();
        Server.Dispose();
    }
}
