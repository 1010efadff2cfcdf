using Hub.Channels;
using Hub.Contacts;
using Microsoft.EntityFrameworkCore;
using Hub.Host.Infrastructure;
using Hub.Intake;
using Hub.Messaging;
using Hub.Runtime;
using Hub.Storage;
using Hub.Storage.Workspaces;
using Microsoft.Extensions.Options;

namespace Hub.Host.Api;

/// <summary>
/// <c>/providers/{providerId}/{path}</c>: delivery receipts, inbound messages and handshakes from providers. The
/// instance's type verifies the request with its own mechanism and parses it; receipts and inbound messages are
/// committed, in the instance's workspace, before the provider gets its 2xx, so that a crash loses nothing it
/// was told we have. A refused callback changes nothing.
/// </summary>
internal static class ProviderCallbacksApi
{
    /// <summary>Larger than any receipt batch providers send (SendGrid batches up to a few hundred events).</summary>
    public const long MaxBodyBytes = 1024 * 1024;

    public static IEndpointRouteBuilder MapProviderCallbacksApi(this IEndpointRouteBuilder app)
    {
        if (!app.ServiceProvider.GetRequiredService<HubRoles>().Ingest)
        {
            return app;
        }
        app.MapMethods("/providers/{providerId}/{**path}", [HttpMethods.Get, HttpMethods.Post], ReceiveAsync)
            .WithTags("Provider callbacks")
            .WithSummary("Receives a provider's delivery receipts, inbound messages and handshakes, verified with that provider's mechanism.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge);
        return app;
    }

    private static async Task<IResult> ReceiveAsync(string providerId, string? path, HttpContext http, IChannelProviderResolver providers,
        IServiceScopeFactory scopes, SqliteWriteGate gate, IOptions<HubOptions> options, TimeProvider time, ILoggerFactory logs, CancellationToken ct)
    {
        if (providers.ByIdAnywhere(providerId) is not { } found)
        {
            return Problem(StatusCodes.Status404NotFound, "Unknown provider", $"No provider '{providerId}' is configured.");
        }
        var (workspaceId, provider) = found;
        if (provider.Type is not IProviderCallbacks callbacks)
        {
            return Problem(StatusCodes.Status404NotFound, "No callbacks", $"Provider '{providerId}' ({provider.Type.Type}) takes no callbacks.");
        }
        var body = await RequestBodies.ReadAsync(http.Request, MaxBodyBytes, ct);
        if (body is null)
        {
            return Problem(StatusCodes.Status413PayloadTooLarge, "Payload too large", $"The body exceeds {MaxBodyBytes} bytes.");
        }
        var callback = new ProviderCallback(
            http.Request.Method,
            path ?? "",
            PublicUrlOf(http.Request, options.Value.PublicUrl),
            http.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase),
            http.Request.Query.ToDictionary(q => q.Key, q => q.Value.ToString(), StringComparer.Ordinal),
            body);
        var result = callbacks.Handle(provider.Configuration, callback);
        var logger = logs.CreateLogger(typeof(ProviderCallbacksApi));
        if (!result.Accepted)
        {
            // Ids and status only: a callback's body holds phone numbers and message text.
            logger.LogInformation("Provider {ProviderId} callback {Path} refused with {Status}", providerId, path, result.StatusCode);
            return result.StatusCode == StatusCodes.Status401Unauthorized
                ? Problem(StatusCodes.Status401Unauthorized, "Unauthorized", "The callback could not be verified.")
                : Problem(result.StatusCode, result.StatusCode == StatusCodes.Status404NotFound ? "Not found" : "Invalid callback", result.Error);
        }
        if (result.Receipts.Count > 0 || result.Inbound.Count > 0 || result.ConsentSignals.Count > 0)
        {
            var stored = await StoreAsync(workspaceId, provider.Id, result, scopes, gate, time, ct);
            if (stored is not null)
            {
                return stored;
            }
            logger.LogDebug("Provider {ProviderId} callback {Path}: {Receipts} receipts, {Inbound} inbound messages, {Consent} consent signals",
                providerId, path, result.Receipts.Count, result.Inbound.Count, result.ConsentSignals.Count);
        }
        return result.ResponseBody is { } answer
            ? TypedResults.Text(answer, result.ResponseContentType ?? "text/plain")
            : TypedResults.Ok();
    }

    /// <summary>Commits the receipts, the consent signals and the inbound messages' events in one transaction; a problem when an inbound message is not valid.</summary>
    private static async Task<IResult?> StoreAsync(string workspaceId, string providerId, CallbackResult result, IServiceScopeFactory scopes,
        SqliteWriteGate gate, TimeProvider time, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<WorkspaceScope>().Enter(workspaceId);
        var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
        var ledger = scope.ServiceProvider.GetRequiredService<IReceiptLedger>();
        var publisher = scope.ServiceProvider.GetRequiredService<EventPublisher>();
        using var turn = await gate.EnterAsync(db, ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await ledger.RecordAsync(providerId, result.Receipts, ct);
        await RecordConsentAsync(db, scope.ServiceProvider.GetRequiredService<IContactStore>(), providerId, result.ConsentSignals, time.GetUtcNow(), ct);
        await db.SaveChangesAsync(ct);
        foreach (var inbound in result.Inbound)
        {
            var inReplyTo = inbound.InReplyToProviderMessageId is { } replied
                ? await ledger.FindMessageIdAsync(providerId, replied, ct) is { } messageId ? messageId.ToString() : null
                : null;
            var receivedAt = inbound.ReceivedAt ?? time.GetUtcNow();
            var published = await publisher.PublishAsync(InboundMessageEvent.Create($"/providers/{providerId}",
                inbound.ProviderMessageId ?? Guid.CreateVersion7().ToString(), inbound.Channel, inbound.From, inbound.To, inbound.Text,
                inReplyTo, inbound.Postback, receivedAt), $"provider:{providerId}", ct);
            if (!published.Accepted)
            {
                return TypedResults.ValidationProblem(published.Errors, title: "The provider's inbound message is not a valid message.received event.");
            }
        }
        await transaction.CommitAsync(ct);
        return null;
    }

    /// <summary>
    /// The provider's consent signals as the contacts' consent, source <c>provider</c>, the signal's id as the change's
    /// event id (<c>provider:{id}:{signal}</c>): a resent signal, alone or in a replayed batch, changes nothing.
    /// </summary>
    private static async Task RecordConsentAsync(HubDbContext db, IContactStore contacts, string providerId, IReadOnlyList<ConsentSignal> signals,
        DateTimeOffset now, CancellationToken ct)
    {
        foreach (var signal in signals)
        {
            var eventId = signal.SignalId is { } id ? Truncated($"provider:{providerId}:{id}") : null;
            if (eventId is not null && await db.ConsentChanges.AnyAsync(c => c.EventId == eventId && c.Channel == signal.Channel && c.Purpose == signal.Purpose, ct))
            {
                continue;
            }
            var contact = await contacts.FindOrCreateByAddressAsync(signal.Address, now, ct);
            await contacts.RecordConsentAsync(contact, new ConsentChangeRequest
            {
                Channel = signal.Channel,
                Purpose = signal.Purpose,
                State = signal.State == ConsentSignalState.OptedOut ? ConsentState.OptedOut : ConsentState.OptedIn,
                Source = ConsentSource.Provider,
                Evidence = signal.Evidence,
                EventId = eventId,
                OccurredAt = signal.OccurredAt ?? now,
            }, now, ct);
        }
    }

    /// <summary>The consent history's event id column holds 100 characters.</summary>
    private static string Truncated(string id) => id.Length <= 100 ? id : id[..100];

    /// <summary>The URL the provider called, as the outside world writes it: signature schemes (Twilio) sign over it.</summary>
    private static Uri PublicUrlOf(HttpRequest request, Uri? publicUrl)
    {
        var pathAndQuery = request.PathBase + request.Path + request.QueryString;
        if (publicUrl is null)
        {
            return new Uri($"{request.Scheme}://{request.Host}{pathAndQuery}");
        }
        return new Uri(publicUrl.GetLeftPart(UriPartial.Authority) + publicUrl.AbsolutePath.TrimEnd('/') + pathAndQuery);
    }

    private static IResult Problem(int status, string title, string? detail) =>
        TypedResults.Problem(statusCode: status, title: title, detail: detail);
}
