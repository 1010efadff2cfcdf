using Hub.Access;
using Hub.Access.Audit;
using System.Security.Claims;
using System.Text.Json.Nodes;
using Hub.Contacts;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Hub.Host.Api;

/// <summary>
/// The workspace's consent policy: quiet hours (per country), whether marketing needs an opt-in, what STOP blocks
/// per sender, and the keywords. Every send reads it from every process's in-memory copy, which follows a change
/// within a second.
/// </summary>
internal static class ConsentPolicyApi
{
    public static IEndpointRouteBuilder MapConsentPolicyApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapAdminGroup("consent-policy", "Consent", AccessPolicies.ReadAdmin);
        group.MapGet("", GetAsync).WithSummary("The workspace's consent policy, with the defaults for every part it does not set.");
        group.MapPut("", PutAsync).WithSummary(
            "Replaces the workspace's consent policy; omitted parts take their defaults. Times are HH:mm in the contact's local time, " +
            "countries ISO 3166 codes (US, NO), senders provider instance ids.");
        return app;
    }

    private static async Task<Ok<ConsentPolicy>> GetAsync(IConsentPolicies policies, CancellationToken ct) =>
        TypedResults.Ok(await policies.GetAsync(ct));

    private static async Task<Results<Ok<ConsentPolicy>, ValidationProblem>> PutAsync(
        JsonNode? body, IConsentPolicies policies, IAuditLog audit, ClaimsPrincipal user, CancellationToken ct)
    {
        var (policy, errors) = ConsentPolicyDocument.Read(body);
        if (policy is null)
        {
            return TypedResults.ValidationProblem(errors, title: "The consent policy is not valid.");
        }
        // Recorded first: SaveAsync commits it with the policy, on the request's context.
        var caller = Caller.From(user)!;
        audit.Record(caller, AuditActions.ConsentPolicyUpdated, AuditResources.ConsentPolicy, caller.WorkspaceId, await policies.GetAsync(ct), policy);
        await policies.SaveAsync(policy, ct);
        return TypedResults.Ok(await policies.GetAsync(ct));
    }
}
