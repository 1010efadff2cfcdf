using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;

namespace Hub.Access.Internals;

/// <summary>Builds the policies named by <see cref="AccessPolicies.For"/>; any other name goes to the default provider.</summary>
internal sealed class AccessPolicyProvider(IOptions<AuthorizationOptions> options) : IAuthorizationPolicyProvider
{
    private readonly DefaultAuthorizationPolicyProvider _fallback = new(options);
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, AuthorizationPolicy?> _built = new(StringComparer.Ordinal);

    public Task<AuthorizationPolicy?> GetPolicyAsync(string policyName)
    {
        if (!policyName.StartsWith(AccessPolicies.Prefix, StringComparison.Ordinal))
        {
            return _fallback.GetPolicyAsync(policyName);
        }
        return Task.FromResult(_built.GetOrAdd(policyName, static name =>
        {
            var roles = name[AccessPolicies.Prefix.Length..].Split(':');
            return roles.Length == 2 && roles.All(AccessRoles.IsKnown)
                ? new AuthorizationPolicyBuilder().RequireAuthenticatedUser().AddRequirements(new RoleForMethodRequirement(roles[0], roles[1])).Build()
                : null;
        }));
    }

    public Task<AuthorizationPolicy> GetDefaultPolicyAsync() => _fallback.GetDefaultPolicyAsync();

    public Task<AuthorizationPolicy?> GetFallbackPolicyAsync() => _fallback.GetFallbackPolicyAsync();
}
