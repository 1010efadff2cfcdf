using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace Hub.Host.Api;

/// <summary>Guards the admin API with <c>Authorization: Bearer &lt;Hub:AdminApiKey&gt;</c>, compared in constant time.</summary>
internal sealed class AdminKeyFilter(IOptionsMonitor<HubOptions> options) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var expected = options.CurrentValue.AdminApiKey;
        var header = context.HttpContext.Request.Headers.Authorization.ToString();
        var presented = header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? header["Bearer ".Length..].Trim() : null;
        if (string.IsNullOrEmpty(expected) || presented is null || !KeysMatch(expected, presented))
        {
            context.HttpContext.Response.Headers.WWWAuthenticate = "Bearer";
            return TypedResults.Problem(
                statusCode: StatusCodes.Status401Unauthorized,
                title: "Unauthorized",
                detail: string.IsNullOrEmpty(expected)
                    ? "The admin API is disabled until Hub__AdminApiKey is set."
                    : "Send the admin key as 'Authorization: Bearer <key>'.");
        }
        return await next(context);
    }

    private static bool KeysMatch(string expected, string presented) =>
        CryptographicOperations.FixedTimeEquals(
            SHA256.HashData(Encoding.UTF8.GetBytes(expected)),
            SHA256.HashData(Encoding.UTF8.GetBytes(presented)));
}
