using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Hub.Channels.Smtp;

public static class SmtpRegistration
{
    /// <summary>The <c>smtp</c> provider type: email through an SMTP server (MailKit), with TLS modes and login.</summary>
    public static IHostApplicationBuilder AddHubSmtpChannel(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddSingleton<IChannelProvider, SmtpProvider>();
        return builder;
    }
}
