using Hub.Access.Audit.Internals;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Hub.Access.Audit;

public static class AuditRegistration
{
    /// <summary>
    /// The audit log: <see cref="IAuditLog"/> for every handler that changes configuration. Its table comes with
    /// Hub.Access's model part (<see cref="AccessRegistration.ModelPart"/>), which holds every configuration of this assembly.
    /// </summary>
    public static IHostApplicationBuilder AddHubAudit(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddScoped<IAuditLog, AuditLog>();
        return builder;
    }
}
