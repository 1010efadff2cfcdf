using Hub.Contacts;
using Hub.Storage;
using Hub.Verifications.Internals;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Hub.Verifications;

public static class VerificationsRegistration
{
    /// <summary>This module's entities, for the design-time factories of the migrations projects.</summary>
    public static IHubModelPart ModelPart { get; } = new VerificationsModelPart();

    /// <summary>One-time codes: issued through the send path with the code as a secret value, checked against its hash.</summary>
    public static IHostApplicationBuilder AddHubVerifications(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddHubModelPart(ModelPart);
        builder.Services.AddOptions<VerificationOptions>().BindConfiguration(VerificationOptions.Section)
            .Validate(o => o.IsValid(), $"{VerificationOptions.Section}: CodeLength must be 4 to 10, ExpiresIn positive and at most MaxExpiresIn, "
                + "MaxWrongChecks and MaxIssuesPerRecipientPerHour at least 1, and Template set.")
            .ValidateOnStart();
        builder.Services.AddScoped<VerificationIssuer>();
        builder.Services.AddScoped<VerificationChecker>();
        builder.Services.AddScoped<IPersonalDataEraser, VerificationDataEraser>();
        return builder;
    }
}
