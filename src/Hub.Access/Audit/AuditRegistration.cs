using Hub.Access.Audit.Internals;
using Hub.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Hub.Access.Audit;

public static class AuditRegistration
{
    /// <summary>The audit log's table, for the design-time factories of the migrations projects.</summary>
    public static IHubModelPart ModelPart { get; } = new AuditModelPart();

    /// <summary>The audit log: <see cref="IAuditLog"/> for every handler that changes configuration.</summary>
    public static IHostApplicationBuilder AddHubAudit(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddHubModelPart(ModelPart);
        builder.Services.AddScoped<IAuditLog, AuditLog>();
        return builder;
    }
}
