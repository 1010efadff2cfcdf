using System.Text.Json.Nodes;
using Hub.Channels;
using Hub.IntegrationTests.Infrastructure;
using MimeKit;

namespace Hub.IntegrationTests.Channels.Smtp;

/// <summary>
/// The compliance suite against a real SMTP server, and what is particular to SMTP: the MIME message as a mail client
/// reads it, reply codes and enhanced status codes, TLS modes and login.
/// </summary>
public sealed class SmtpProviderComplianceTests(SmtpProviderFixture fixture)
    : ChannelProviderCompliance<SmtpProviderFixture>(fixture), IClassFixture<SmtpProviderFixture>
{
    private static readonly Dictionary<string, string> Login = new() { ["username"] = SmtpTestServer.User, ["password"] = SmtpTestServer.Password };

    [Fact]
    public async Task The_mail_arrives_with_its_headers_and_both_bodies()
    {
        Fixture.Answer(FarSideAnswer.Accepts);
        var message = NewMessage() with { HtmlBody = "<p>Your order <b>#C-42</b> is confirmed.</p>" };

        var result = await Fixture.SendAsync(message);

        Assert.Equal(SendOutcome.Accepted, result.Outcome);
        Assert.Equal($"{message.Id}@shop.example", result.ProviderMessageId);
        var received = Assert.Single(Fixture.Server.Store.Accepted, m => m.HubMessageId == message.Id);
        Assert.Equal("noreply@shop.example", received.EnvelopeFrom);
        Assert.Equal([message.To], received.EnvelopeTo);
        var mail = received.Message;
        var from = Assert.IsType<MailboxAddress>(Assert.Single(mail.From));
        Assert.Equal(("Example Shop", "noreply@shop.example"), (from.Name, from.Address));
        Assert.Equal(message.To, Assert.IsType<MailboxAddress>(Assert.Single(mail.To)).Address);
        Assert.Equal(SmtpProviderFixture.ReplyTo, Assert.IsType<MailboxAddress>(Assert.Single(mail.ReplyTo)).Address);
        Assert.Equal(message.Subject, mail.Subject);
        Assert.Equal($"{message.Id}@shop.example", mail.MessageId);
        Assert.Equal(message.Id, mail.Headers["X-Hub-Message-Id"]);
        var alternative = Assert.IsType<MultipartAlternative>(mail.Body);
        Assert.Equal("multipart/alternative", alternative.ContentType.MimeType);
        Assert.Equal(["text/plain", "text/html"], alternative.Select(p => p.ContentType.MimeType));
        Assert.Equal(message.Body, mail.TextBody!.TrimEnd('\r', '\n'));
        Assert.Equal(message.HtmlBody, mail.HtmlBody!.TrimEnd('\r', '\n'));
        Assert.Equal(message.CreatedAt.ToUnixTimeSeconds(), mail.Date.ToUnixTimeSeconds());
    }

    [Fact]
    public async Task A_mail_without_html_is_one_text_part()
    {
        Fixture.Answer(FarSideAnswer.Accepts);
        var message = NewMessage() with { Body = "Kode: 1234 – gyldig i 10 minutter. Hilsen Ærlig Øl" };

        Assert.True((await Fixture.SendAsync(message)).Succeeded);

        var mail = Assert.Single(Fixture.Server.Store.Accepted, m => m.HubMessageId == message.Id).Message;
        var text = Assert.IsType<TextPart>(mail.Body);
        Assert.Equal("text/plain", text.ContentType.MimeType);
        Assert.Equal(message.Body, text.Text.TrimEnd('\r', '\n'));
    }

    [Theory]
    [InlineData(550, "5.1.1 Mailbox unknown", SendOutcome.PermanentFailure, "5.1.1")]
    [InlineData(552, "Message size exceeds fixed maximum message size", SendOutcome.PermanentFailure, "552")]
    [InlineData(554, "5.7.1 Message rejected as spam", SendOutcome.PermanentFailure, "5.7.1")]
    [InlineData(451, "4.7.1 Rate limit exceeded, try again later", SendOutcome.TransientFailure, "4.7.1")]
    [InlineData(452, "4.2.2 Mailbox full", SendOutcome.TransientFailure, "4.2.2")]
    [InlineData(421, "4.7.0 Too many connections", SendOutcome.TransientFailure, "4.7.0")]
    public async Task Reply_codes_are_classified_with_the_enhanced_code(int code, string text, SendOutcome outcome, string errorCode)
    {
        Fixture.Answer(FarSideAnswer.Accepts);
        Fixture.Server.Store.Reply = new SmtpReply(code, text);

        var result = await Fixture.SendAsync(NewMessage());

        Assert.Equal(outcome, result.Outcome);
        Assert.Equal(errorCode, result.ErrorCode);
        Assert.Null(result.RetryAfter);
        Assert.Null(result.HttpStatus);
        Fixture.Answer(FarSideAnswer.Accepts);
    }

    [Fact]
    public async Task A_recipient_refused_at_rcpt_is_permanent_and_nothing_is_sent()
    {
        Fixture.Answer(FarSideAnswer.Accepts);
        var message = NewMessage() with { To = $"{SmtpTestServer.UnknownPrefix}{Guid.NewGuid():N}@example.com" };

        var result = await Fixture.SendAsync(message);

        Assert.Equal(SendOutcome.PermanentFailure, result.Outcome);
        Assert.StartsWith("55", result.ErrorCode, StringComparison.Ordinal);
        Assert.DoesNotContain(message.To, result.Error, StringComparison.OrdinalIgnoreCase);
        Assert.Empty(await Fixture.ArrivalsOfAsync(message.Id));
    }

    [Fact]
    public async Task A_refusal_that_quotes_the_address_does_not_repeat_it()
    {
        var message = NewMessage();
        Fixture.Answer(FarSideAnswer.Accepts);
        Fixture.Server.Store.Reply = new SmtpReply(550, $"5.1.1 <{message.To}>: Recipient address rejected: User unknown");

        var result = await Fixture.SendAsync(message);

        Assert.Equal(SendOutcome.PermanentFailure, result.Outcome);
        Assert.Equal("5.1.1", result.ErrorCode);
        Assert.Contains("Recipient address rejected", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(message.To, result.Error, StringComparison.OrdinalIgnoreCase);
        Fixture.Answer(FarSideAnswer.Accepts);
    }

    [Fact]
    public async Task A_server_that_is_not_listening_is_transient()
    {
        var result = await Fixture.Provider.SendAsync(SmtpProviderFixture.Configure(FreePort.Get()), NewMessage(), CancellationToken.None);

        Assert.Equal(SendOutcome.TransientFailure, result.Outcome);
    }

    [Fact]
    public async Task Starttls_with_a_login_is_sent_encrypted_and_authenticated()
    {
        using var server = new SmtpTestServer(secured: true);
        var configuration = SmtpProviderFixture.Configure(server.Port, security: "starttls", credentials: Login, acceptAllCertificates: true);
        var message = NewMessage();

        var result = await Fixture.Provider.SendAsync(configuration, message, CancellationToken.None);

        Assert.Equal(SendOutcome.Accepted, result.Outcome);
        var received = Assert.Single(server.Store.Accepted);
        Assert.True(received.Secure, "the session was upgraded with STARTTLS before the message");
        Assert.Equal(SmtpTestServer.User, received.User);
        Assert.Equal(message.Id, received.HubMessageId);
    }

    [Fact]
    public async Task Implicit_tls_is_spoken_from_the_first_byte()
    {
        using var server = new SmtpTestServer(secured: true, implicitTls: true);
        var configuration = SmtpProviderFixture.Configure(server.Port, security: "tls", credentials: Login, acceptAllCertificates: true);

        var result = await Fixture.Provider.SendAsync(configuration, NewMessage(), CancellationToken.None);

        Assert.Equal(SendOutcome.Accepted, result.Outcome);
        Assert.True(Assert.Single(server.Store.Accepted).Secure);
    }

    [Fact]
    public async Task A_refused_login_is_permanent()
    {
        using var server = new SmtpTestServer(secured: true);
        var wrong = new Dictionary<string, string> { ["username"] = SmtpTestServer.User, ["password"] = "wrong" };
        var configuration = SmtpProviderFixture.Configure(server.Port, security: "starttls", credentials: wrong, acceptAllCertificates: true);

        var result = await Fixture.Provider.SendAsync(configuration, NewMessage(), CancellationToken.None);

        Assert.Equal(SendOutcome.PermanentFailure, result.Outcome);
        Assert.Equal("535", result.ErrorCode);
        Assert.DoesNotContain("wrong", result.Error, StringComparison.Ordinal);
        Assert.Empty(server.Store.Accepted);
    }

    [Fact]
    public async Task A_server_that_requires_a_login_the_instance_lacks_is_permanent()
    {
        using var server = new SmtpTestServer(secured: true);
        var configuration = SmtpProviderFixture.Configure(server.Port, security: "starttls", acceptAllCertificates: true);

        var result = await Fixture.Provider.SendAsync(configuration, NewMessage(), CancellationToken.None);

        Assert.Equal(SendOutcome.PermanentFailure, result.Outcome);
        Assert.Equal("530", result.ErrorCode);
        Assert.Empty(server.Store.Accepted);
    }

    [Fact]
    public async Task An_untrusted_certificate_is_refused_unless_the_instance_accepts_all()
    {
        using var server = new SmtpTestServer(secured: true);
        var configuration = SmtpProviderFixture.Configure(server.Port, security: "starttls", credentials: Login);

        var result = await Fixture.Provider.SendAsync(configuration, NewMessage(), CancellationToken.None);

        Assert.Equal(SendOutcome.PermanentFailure, result.Outcome);
        Assert.Contains("TLS", result.Error, StringComparison.Ordinal);
        Assert.Empty(server.Store.Accepted);
    }

    [Fact]
    public async Task Starttls_required_from_a_server_without_it_is_permanent()
    {
        var configuration = SmtpProviderFixture.Configure(Fixture.Server.Port, security: "starttls");

        var result = await Fixture.Provider.SendAsync(configuration, NewMessage(), CancellationToken.None);

        Assert.Equal(SendOutcome.PermanentFailure, result.Outcome);
        Assert.Contains("STARTTLS", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task It_carries_email_only()
    {
        Assert.True(Fixture.Provider.Supports("email"));
        Assert.False(Fixture.Provider.Supports("sms"));

        var result = await Fixture.SendAsync(NewMessage("sms"));

        Assert.Equal(SendOutcome.PermanentFailure, result.Outcome);
    }

    [Theory]
    [InlineData("security", "ssl", false)]
    [InlineData("security", "tls", true)]
    [InlineData("from", "not an address", false)]
    [InlineData("from", "Shop <noreply@shop.example>", true)]
    [InlineData("replyTo", "support@shop.example", true)]
    [InlineData("replyTo", "support", false)]
    public void Settings_are_checked(string name, string value, bool accepted)
    {
        var settings = new JsonObject { ["host"] = "smtp.example.com", ["from"] = "noreply@shop.example", [name] = value };

        var errors = ProviderConfigurationValidator.Validate(Fixture.Provider, settings, null);

        Assert.Equal(accepted, errors.Count == 0);
    }
}
