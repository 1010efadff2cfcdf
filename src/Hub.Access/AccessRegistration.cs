using Hub.Access.Internals;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Access;

public static class AccessRegistration
{
    /// <summary>Roles and the route-group policies (<see cref="AccessPolicies"/>) that every scheme's callers go through.</summary>
    public static WebApplicationBuilder AddHubAccess(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddSingleton<IAuthorizationPolicyProvider, AccessPolicyProvider>();
        return builder;
    }
}
