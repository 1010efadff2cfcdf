using System.Security.Claims;
using Hub.Access;
using Hub.Access.Keys;
using Hub.Core.Workspaces;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Hub.Host.Infrastructure;

/// <summary>
/// <c>Authorization: Bearer &lt;key&gt;</c>: an API key (<c>hub_…</c>, found by its hash in <see cref="ApiKeyDirectory"/>,
/// acting with its role in its workspace) or the bootstrap key <c>Hub:AdminApiKey</c>, compared in constant time. An authentication scheme rather than an
/// endpoint filter because the authorization middleware runs before model binding: a caller without the key gets 401
/// without Hub reading, let alone judging, its body.
/// </summary>
internal sealed class AdminKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory loggerFactory,
    UrlEncoder encoder,
    IOptionsMonitor<HubOptions> hub,
    ApiKeyDirectory keys,
    ApiKeyUsage usage,
    IProblemDetailsService problems) : AuthenticationHandler<AuthenticationSchemeOptions>(options, loggerFactory, encoder)
{
    public const string SchemeName = "AdminKey";

    /// <summary>Names the workspace the bootstrap key acts in (default <c>default</c>).</summary>
    public const string WorkspaceHeader = "Hub-Workspace";

    /// <summary>The audit log's name for the bootstrap key.</summary>
    public const string BootstrapActor = "bootstrap";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticateResult.NoResult();
        }
        var presented = header["Bearer ".Length..].Trim();
        if (ApiKeySecrets.LooksLikeKey(presented))
        {
            if (await keys.FindAsync(presented, Context.RequestAborted) is not { } grant)
            {
                return AuthenticateResult.Fail("The bearer key is not an active API key.");
            }
            usage.Used(grant.Id);
            var keyIdentity = Caller.Identity(SchemeName, grant.Name, grant.Role, grant.WorkspaceId, keyId: grant.Id.ToString());
            return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(keyIdentity), SchemeName));
        }
        var expected = hub.CurrentValue.AdminApiKey;
        if (string.IsNullOrEmpty(expected) || !KeysMatch(expected, presented))
        {
            return AuthenticateResult.Fail("The bearer key is not the admin key.");
        }
        // The bootstrap key is an owner of every workspace and acts in the one the header names.
        var workspace = Request.Headers[WorkspaceHeader].ToString() is { Length: > 0 } named ? named.Trim() : WorkspaceIds.Default;
        var identity = Caller.Identity(SchemeName, BootstrapActor, AccessRoles.Owner, workspace);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = "Bearer";
        await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = Context,
            ProblemDetails = new ProblemDetails
            {
                Status = StatusCodes.Status401Unauthorized,
                Title = "Unauthorized",
                Detail = "Send an API key (or the bootstrap key Hub__AdminApiKey) as 'Authorization: Bearer <key>'.",
            },
        });
    }

    private static bool KeysMatch(string expected, string presented) =>
        CryptographicOperations.FixedTimeEquals(
            SHA256.HashData(Encoding.UTF8.GetBytes(expected)),
            SHA256.HashData(Encoding.UTF8.GetBytes(presented)));
}
