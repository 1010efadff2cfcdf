using Hub.Access.Internals;
using Hub.Access.Keys;
using Hub.Access.Keys.Internals;
using Hub.Access.Workspaces;
using Hub.Storage;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Access;

public static class AccessRegistration
{
    public static IHubModelPart ModelPart { get; } = new AccessModelPart();

    /// <summary>Roles, the route-group policies (<see cref="AccessPolicies"/>) every scheme's callers go through, API keys and workspaces.</summary>
    public static WebApplicationBuilder AddHubAccess(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddHubModelPart(ModelPart);
        builder.Services.AddSingleton<IAuthorizationPolicyProvider, AccessPolicyProvider>();
        builder.Services.AddSingleton<ApiKeyDirectory>();
        builder.Services.AddSingleton<ApiKeyUsage>();
        builder.Services.AddHostedService<ApiKeyUsageWriter>();
        builder.Services.AddSingleton<WorkspaceDirectory>();
        return builder;
    }
}
