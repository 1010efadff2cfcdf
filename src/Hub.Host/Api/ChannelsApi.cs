using Hub.Access;
using Hub.Access.Audit;
using System.Security.Claims;
using Hub.Api.Contracts;
using Hub.Core.Channels;
using Hub.Messaging;
using Hub.Storage;
using Hub.Storage.Notifications;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Hub.Host.Api;

/// <summary>Which provider instances carry each channel in the caller's workspace, in order.</summary>
internal static class ChannelsApi
{
    private const int MinReceiptTimeout = 1;
    private const int MaxReceiptTimeout = 7 * 24 * 3600;

    public static IEndpointRouteBuilder MapChannelsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapAdminGroup("channels", "Channels", AccessPolicies.ReadAdmin);
        group.MapGet("", ListAsync).WithSummary("Lists every channel with the providers that carry it.");
        group.MapGet("/{channel}", GetAsync).WithSummary("Shows the providers of one channel.");
        group.MapPut("/{channel}", PutAsync).WithSummary("Sets the ordered providers of a channel; an empty list goes back to the default.");
        return app;
    }

    private static async Task<Ok<List<ChannelResponse>>> ListAsync(HubDbContext db, IOptions<ChannelOptions> defaults, CancellationToken ct)
    {
        var routes = await db.ChannelRoutes.AsNoTracking().ToListAsync(ct);
        return TypedResults.Ok(ChannelNames.All.Select(c => Describe(c, routes.FirstOrDefault(r => r.Channel == c), defaults)).ToList());
    }

    private static async Task<Results<Ok<ChannelResponse>, ProblemHttpResult>> GetAsync(
        string channel, HubDbContext db, IOptions<ChannelOptions> defaults, CancellationToken ct)
    {
        if (!ChannelNames.IsKnown(channel))
        {
            return NotFound(channel);
        }
        var route = await db.ChannelRoutes.AsNoTracking().FirstOrDefaultAsync(r => r.Channel == channel, ct);
        return TypedResults.Ok(Describe(channel, route, defaults));
    }

    private static async Task<Results<Ok<ChannelResponse>, ValidationProblem, ProblemHttpResult>> PutAsync(
        string channel, ChannelRequest request, HubDbContext db, IChannelProviderResolver resolver, ProviderDirectory directory,
        IOptions<ChannelOptions> defaults, IChangeNotifications notifications, TimeProvider time, IAuditLog audit, ClaimsPrincipal user, CancellationToken ct)
    {
        if (!ChannelNames.IsKnown(channel))
        {
            return NotFound(channel);
        }
        var errors = await ValidateAsync(channel, request, db, resolver, ct);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The channel's providers are not valid.");
        }
        var route = await db.ChannelRoutes.FirstOrDefaultAsync(r => r.Channel == channel, ct);
        var before = Audited(Describe(channel, route, defaults));
        if (request.Providers!.Count == 0)
        {
            if (route is not null)
            {
                db.ChannelRoutes.Remove(route);
                route = null;
            }
        }
        else
        {
            if (route is null)
            {
                route = new ChannelRoute { Channel = channel, Providers = "" };
                db.ChannelRoutes.Add(route);
            }
            route.Providers = string.Join(',', request.Providers);
            route.ReceiptTimeoutSeconds = request.ReceiptTimeoutSeconds;
            route.UpdatedAt = time.GetUtcNow();
        }
        audit.Record(Caller.From(user)!, AuditActions.ChannelUpdated, AuditResources.Channel, channel, before, Audited(Describe(channel, route, defaults)));
        await db.SaveChangesAsync(ct);
        await ProvidersApi.PublishAsync(channel, notifications, directory, ct);
        return TypedResults.Ok(Describe(channel, route, defaults));
    }

    private static async Task<Dictionary<string, string[]>> ValidateAsync(
        string channel, ChannelRequest request, HubDbContext db, IChannelProviderResolver resolver, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (request.Providers is null)
        {
            errors["providers"] = ["The ordered list of provider ids is required (an empty list goes back to the default)."];
            return errors;
        }
        if (request.ReceiptTimeoutSeconds is < MinReceiptTimeout or > MaxReceiptTimeout)
        {
            errors["receiptTimeoutSeconds"] = [$"Must be between {MinReceiptTimeout} and {MaxReceiptTimeout} seconds (a week), or absent to wait for receipts."];
        }
        else if (request.ReceiptTimeoutSeconds is not null && request.Providers.Count == 0)
        {
            errors["receiptTimeoutSeconds"] = ["Set it together with the channel's providers."];
        }
        var ids = request.Providers.Where(p => p is not null).ToList();
        var configured = await db.Providers.AsNoTracking().Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Type, ct);
        for (var i = 0; i < request.Providers.Count; i++)
        {
            var id = request.Providers[i];
            var type = id is null ? null : BuiltInProviders.IsBuiltIn(id) ? BuiltInProviders.Sandbox : configured.GetValueOrDefault(id);
            var problem =
                id is null || type is null ? $"There is no provider '{id}' in this workspace."
                : request.Providers.Take(i).Contains(id) ? $"Provider '{id}' is listed twice."
                : resolver.FindType(type) is not { } plugin ? $"Provider '{id}' is of type '{type}', which this Hub does not have."
                : !plugin.Supports(channel) ? $"Provider '{id}' ({type}) cannot carry {channel} messages."
                : null;
            if (problem is not null)
            {
                errors[$"providers[{i}]"] = [problem];
            }
        }
        return errors;
    }

    private static object Audited(ChannelResponse channel) =>
        new { providers = channel.Providers, isDefault = channel.IsDefault, receiptTimeoutSeconds = channel.ReceiptTimeoutSeconds };

    private static ChannelResponse Describe(string channel, ChannelRoute? route, IOptions<ChannelOptions> defaults)
    {
        if (route is not null)
        {
            return new ChannelResponse(channel, route.ProviderIds, IsDefault: false, route.UpdatedAt, route.ReceiptTimeoutSeconds);
        }
        return new ChannelResponse(channel, [defaults.Value.Providers.GetValueOrDefault(channel) ?? defaults.Value.DefaultProvider], IsDefault: true, null);
    }

    private static ProblemHttpResult NotFound(string channel) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found",
            detail: $"There is no channel '{channel}'. Channels: {string.Join(", ", ChannelNames.All)}.");
}
