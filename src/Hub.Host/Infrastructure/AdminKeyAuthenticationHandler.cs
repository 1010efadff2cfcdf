using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Hub.Host.Infrastructure;

/// <summary>
/// <c>Authorization: Bearer &lt;Hub:AdminApiKey&gt;</c>, compared in constant time. An authentication scheme rather than an
/// endpoint filter because the authorization middleware runs before model binding: a caller without the key gets 401
/// without Hub reading, let alone judging, its body.
/// </summary>
internal sealed class AdminKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory loggerFactory,
    UrlEncoder encoder,
    IOptionsMonitor<HubOptions> hub,
    IProblemDetailsService problems) : AuthenticationHandler<AuthenticationSchemeOptions>(options, loggerFactory, encoder)
{
    public const string SchemeName = "AdminKey";

    /// <summary>The policy of every <c>/api/v1</c> endpoint.</summary>
    public const string PolicyName = "AdminKey";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var expected = hub.CurrentValue.AdminApiKey;
        var header = Request.Headers.Authorization.ToString();
        if (string.IsNullOrEmpty(expected) || !header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }
        if (!KeysMatch(expected, header["Bearer ".Length..].Trim()))
        {
            return Task.FromResult(AuthenticateResult.Fail("The bearer key is not the admin key."));
        }
        var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, "admin")], SchemeName);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName)));
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
                Detail = string.IsNullOrEmpty(hub.CurrentValue.AdminApiKey)
                    ? "The admin API is disabled until Hub__AdminApiKey is set."
                    : "Send the admin key as 'Authorization: Bearer <key>'.",
            },
        });
    }

    private static bool KeysMatch(string expected, string presented) =>
        CryptographicOperations.FixedTimeEquals(
            SHA256.HashData(Encoding.UTF8.GetBytes(expected)),
            SHA256.HashData(Encoding.UTF8.GetBytes(presented)));
}
