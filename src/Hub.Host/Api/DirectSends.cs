using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Hub.Api.Contracts;
using Hub.Messaging;
using Hub.Runtime.Idempotency;
using Hub.Runtime.Jobs;
using Hub.Storage;
using Hub.Templates;
using Microsoft.EntityFrameworkCore;

namespace Hub.Host.Api;

/// <summary>
/// The send API's work: checks the request, hands it to messaging (the same send requests, consent checks and
/// failover as a workflow's <c>send</c>), and stores the request, its first message, its delivery job and the
/// answer for its <c>Idempotency-Key</c> in one transaction. Two requests racing with one key: the second one's
/// insert of the key fails, and it answers with what the first stored.
/// </summary>
internal sealed class DirectSends(HubDbContext db, ISendRequests sends, ITemplateCatalog templates, IdempotencyKeys keys, JobSignal signal, TimeProvider time)
{
    private const string Scope = "POST /api/v1/messages";
    private static readonly JsonSerializerOptions HashOptions = new(JsonSerializerDefaults.Web);

    public async Task<DirectSendOutcome> SendAsync(SendMessageRequest request, string? key, CancellationToken cancellationToken)
    {
        var hash = IdempotencyKeys.Hash(JsonSerializer.Serialize(request, HashOptions));
        if (key is not null && await RepeatAsync(key, hash, cancellationToken) is { } repeated)
        {
            return repeated;
        }
        var errors = SendMessageChecks.Check(request, templates, out var phone, out var email);
        if (errors.Count > 0)
        {
            return DirectSendOutcome.Invalid(errors);
        }
        SendRequestResult result;
        try
        {
            result = sends.Request(new SendRequest
            {
                Template = request.Template,
                Text = request.Text,
                Channels = request.Channels!,
                Phone = phone,
                Email = email,
                Model = Model(request, phone, email),
                Locale = request.Locale,
                Purpose = request.Purpose ?? Hub.Workflows.SendPurposes.Transactional,
            });
        }
        catch (SendRequestException ex)
        {
            db.ChangeTracker.Clear();
            return DirectSendOutcome.Refused("The template cannot be rendered with this data.", ex.Message);
        }
        if (result.MessageId is not { } messageId)
        {
            db.ChangeTracker.Clear(); // nothing to send: nothing is stored
            return DirectSendOutcome.Refused("No channel can take this message.", result.SkipReason ?? "Every channel was skipped.");
        }
        var message = db.Messages.Local.First(m => m.Id == messageId);
        var response = new SendMessageResponse(messageId, message.Status.ToString().ToLowerInvariant(), message.Channel, result.RequestId);
        if (key is not null)
        {
            await keys.RememberAsync(Scope, key, hash, StatusCodes.Status202Accepted, JsonSerializer.Serialize(response, HashOptions), cancellationToken);
        }
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException) when (key is not null)
        {
            db.ChangeTracker.Clear();
            return await RepeatAsync(key, hash, cancellationToken) ?? throw new InvalidOperationException("The Idempotency-Key was taken, but its answer is not stored.");
        }
        signal.Notify(JobLanes.Delivery);
        return DirectSendOutcome.Answer(response, replayed: false);
    }

    private async Task<DirectSendOutcome?> RepeatAsync(string key, string hash, CancellationToken cancellationToken)
    {
        var lookup = await keys.FindAsync(Scope, key, hash, cancellationToken);
        if (lookup.Mismatch)
        {
            return DirectSendOutcome.Refused("Idempotency-Key reused",
                $"This {IdempotencyKeys.HeaderName} was used in the last 24 hours with a different request; use a new key for a new message.");
        }
        return lookup.Stored is { } stored
            ? DirectSendOutcome.Answer(JsonSerializer.Deserialize<SendMessageResponse>(stored.ResponseJson, HashOptions)!, replayed: true)
            : null;
    }

    /// <summary>
    /// What the template sees: the data's fields at the top (as a workflow's template sees the event's data), the same
    /// under <c>event.data</c>, and <c>contact</c> with the recipient's addresses.
    /// </summary>
    private JsonObject Model(SendMessageRequest request, string? phone, string? email)
    {
        var data = request.Data ?? [];
        var contact = data["contact"]?.DeepClone() as JsonObject ?? [];
        contact["phone"] = phone;
        contact["email"] = email;
        if (request.Locale is { } locale && contact["locale"] is null)
        {
            contact["locale"] = locale;
        }
        return SendModels.ForData("message.requested", data, contact, time.GetUtcNow());
    }
}
