using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Hub.IntegrationTests.Infrastructure;
using SmtpServer;
using SmtpServer.Authentication;
using SmtpServer.Mail;
using SmtpServer.Storage;

namespace Hub.IntegrationTests.Channels.Smtp;

/// <summary>
/// A real SMTP server (the SmtpServer package) on 127.0.0.1. It refuses recipients whose mailbox starts with
/// <see cref="UnknownPrefix"/> at RCPT, as a server refuses an unknown mailbox. Plain by default; with <c>secured</c> it offers STARTTLS
/// with a self-signed certificate and requires a login (<see cref="User"/>/<see cref="Password"/>) over TLS; with
/// <c>implicitTls</c> as well, it speaks TLS from the first byte (as on port 465) instead of offering STARTTLS.
/// </summary>
public sealed class SmtpTestServer : IDisposable
{
    public const string User = "hub-sender";
    public const string Password = "correct horse battery staple";
    public const string UnknownPrefix = "unknown-";

    private readonly SmtpServer.SmtpServer _server;
    private readonly X509Certificate2? _certificate;

    public SmtpTestServer(bool secured = false, bool implicitTls = false)
    {
        Port = FreePort.Get();
        _certificate = secured ? SelfSigned() : null;
        var options = new SmtpServerOptionsBuilder()
            .ServerName("localhost")
            .Endpoint(endpoint =>
            {
                endpoint.Endpoint(new IPEndPoint(IPAddress.Loopback, Port));
                if (_certificate is not null)
                {
                    endpoint.Certificate(_certificate).IsSecure(implicitTls).AuthenticationRequired().AllowUnsecureAuthentication(false);
                }
            })
            .Build();
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(Store);
        services.Add(new DelegatingMailboxFilter((IMailbox to, IMailbox _) => !to.User.StartsWith(UnknownPrefix, StringComparison.Ordinal)));
        services.Add(new DelegatingUserAuthenticator((user, password) => user == User && password == Password));
        _server = new SmtpServer.SmtpServer(options, services);
        _ = _server.StartAsync(CancellationToken.None);
    }

    public int Port { get; }

    public CapturingMessageStore Store { get; } = new();

    private static X509Certificate2 SelfSigned()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=localhost", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
        // Round-tripped through PKCS#12 so that the private key is usable by SslStream on every platform.
        return X509CertificateLoader.LoadPkcs12(certificate.Export(X509ContentType.Pkcs12), null);
    }

    public void Dispose()
    {
        _server.Shutdown();
        _server.ShutdownTask.Wait(TimeSpan.FromSeconds(5));
        _certificate?.Dispose();
    }
}
