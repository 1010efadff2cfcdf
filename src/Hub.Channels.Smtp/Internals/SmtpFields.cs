using MailKit.Security;
using MimeKit;

namespace Hub.Channels.Smtp.Internals;

/// <summary>What an SMTP instance is configured with.</summary>
internal static class SmtpFields
{
    public const string Host = "host";
    public const string Port = "port";
    public const string Security = "security";
    public const string From = "from";
    public const string ReplyTo = "replyTo";
    public const string TimeoutSeconds = "timeoutSeconds";
    public const string AcceptAllCertificates = "acceptAllCertificates";
    public const string Username = "username";
    public const string Password = "password";

    public const int DefaultSubmissionPort = 587;
    public const int DefaultImplicitTlsPort = 465;
    public const int DefaultTimeoutSeconds = 30;
    public const string DefaultSecurity = "starttls";

    /// <summary>The <c>security</c> values and what MailKit does for each.</summary>
    public static IReadOnlyDictionary<string, SecureSocketOptions> SecurityModes { get; } = new Dictionary<string, SecureSocketOptions>(StringComparer.Ordinal)
    {
        ["none"] = SecureSocketOptions.None,
        ["starttls"] = SecureSocketOptions.StartTls,
        ["tls"] = SecureSocketOptions.SslOnConnect,
        ["auto"] = SecureSocketOptions.Auto,
    };

    public static IReadOnlyList<ProviderField> Settings { get; } =
    [
        new(Host, ProviderFieldKind.Text, Required: true, "The SMTP server's host name or IP address, e.g. smtp.example.com."),
        new(Port, ProviderFieldKind.WholeNumber, Required: false,
            "The server's port (default 587, or 465 when security is 'tls').") { Minimum = 1, Maximum = 65535 },
        new(Security, ProviderFieldKind.Text, Required: false,
            "'starttls' (default: plain connection upgraded with STARTTLS, refused if the server does not offer it), 'tls' (implicit TLS, "
            + "usually port 465), 'auto' (TLS on 465, else STARTTLS when the server offers it and plain text when it does not) or 'none' "
            + "(plain text: only for a relay on the same host or network).") { Check = SecurityProblem },
        new(From, ProviderFieldKind.Text, Required: true,
            "The sender, 'noreply@example.com' or 'Example Shop <noreply@example.com>'; its domain also names the Message-ID.") { Check = AddressProblem },
        new(ReplyTo, ProviderFieldKind.Text, Required: false, "Where replies go, when not to the sender; same forms as 'from'.") { Check = AddressProblem },
        new(TimeoutSeconds, ProviderFieldKind.WholeNumber, Required: false,
            "Seconds a whole send (connect, TLS, login, transfer) may take before it is tried again later (default 30).") { Minimum = 1, Maximum = 300 },
        new(AcceptAllCertificates, ProviderFieldKind.Boolean, Required: false,
            "Accept any server certificate, even self-signed or for another host (default false). Only for test servers: it lets "
            + "anyone on the network path read the mail and the password."),
    ];

    public static IReadOnlyList<ProviderField> Credentials { get; } =
    [
        new(Username, ProviderFieldKind.Text, Required: false, "The login name; Hub authenticates when it is set."),
        new(Password, ProviderFieldKind.Text, Required: false, "The password or app token for 'username'."),
    ];

    private static string? SecurityProblem(string value) =>
        SecurityModes.ContainsKey(value) ? null : $"Must be one of {string.Join(", ", SecurityModes.Keys)}.";

    private static string? AddressProblem(string value) =>
        MailboxAddress.TryParse(value, out var address) && address.Address.Contains('@', StringComparison.Ordinal)
            ? null
            : "Must be an email address, optionally with a display name: 'Name <address@example.com>'.";
}
