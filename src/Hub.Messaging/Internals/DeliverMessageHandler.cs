using Hub.Channels;
using Hub.Contacts;
using Hub.Runtime.Jobs;
using Hub.Runtime.RateLimits;
using Hub.Storage;
using Hub.Templates;
using Microsoft.EntityFrameworkCore;

namespace Hub.Messaging.Internals;

/// <summary>
/// Hands queued messages to their providers, through the consent check (<see cref="ISendPermissions"/>), the
/// provider's circuit breaker and per-sender rate limit; <see cref="DeliveryRecorder"/> records what happened. A batch's
/// provider calls go side by side and are recorded together; a batch that cannot commit is recorded message by message,
/// never sent again (<see cref="IJobEffectHandler"/>). A message the check skips is <c>skipped</c> and the send moves on
/// to its next channel; one it holds for quiet hours waits, unattempted, until the window ends and is checked again then.
/// </summary>
internal sealed class DeliverMessageHandler(
    IChannelProviderResolver providers,
    ProviderCircuits circuits,
    SharedRateLimiter rateLimiter,
    MessageFallbacks fallbacks,
    MessageSecrets secrets,
    ISendPermissions permissions,
    DeliveryRecorder recorder,
    JobQueue queue,
    TimeProvider time) : IJobEffectHandler
{
    /// <summary>The provider setting Hub itself reads: at most this many sends per second for the instance, across all processes.</summary>
    public const string RateSetting = ProviderConfigurationValidator.MessagesPerSecond;

    public string Kind => MessagingJobKinds.Deliver;

    /// <summary>A provider call cannot be rolled back: never in a batch of other kinds, which may be run again job by job.</summary>
    public bool RunsAlone => true;

    public async Task<JobOutcome> HandleAsync(ClaimedJob job, HubDbContext db, CancellationToken cancellationToken)
    {
        var effects = await PerformAsync([job], db, cancellationToken);
        return await effects[0].RecordAsync(db, queue, cancellationToken);
    }

    public async Task PrefetchAsync(IReadOnlyList<ClaimedJob> jobs, HubDbContext db, CancellationToken cancellationToken)
    {
        var ids = jobs.Select(j => Guid.Parse(j.SubjectId)).ToList();
        await db.Messages.Where(m => ids.Contains(m.Id)).LoadAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<JobEffect>> PerformAsync(IReadOnlyList<ClaimedJob> jobs, HubDbContext db, CancellationToken cancellationToken)
    {
        var effects = new List<JobEffect>(jobs.Count);
        var calls = new List<(ClaimedJob Job, Guid? ContactId, ResolvedProvider Provider, OutboundMessage Message)>();
        foreach (var job in jobs)
        {
            var decided = await DecideAsync(job, db, cancellationToken);
            if (decided.Effect is { } effect)
            {
                effects.Add(effect);
            }
            else
            {
                calls.Add((job, decided.ContactId, decided.Provider!, decided.Message!));
            }
        }
        effects.AddRange(await Task.WhenAll(calls.Select(c => CallAsync(c.Job, c.ContactId, c.Provider, c.Message, cancellationToken))));
        return effects;
    }

    public async Task OnDeadLetteredAsync(ClaimedJob job, string error, HubDbContext db, CancellationToken cancellationToken)
    {
        var message = await db.Messages.FirstOrDefaultAsync(m => m.Id == Guid.Parse(job.SubjectId), cancellationToken);
        if (message is not null && message.Status == MessageStatus.Queued)
        {
            await fallbacks.FailAsync(message, error, db, queue, cancellationToken);
        }
    }

    /// <summary>Everything before the provider call: an effect when the message goes no further, else the message to send.</summary>
    private async Task<Decision> DecideAsync(ClaimedJob job, HubDbContext db, CancellationToken cancellationToken)
    {
        var id = Guid.Parse(job.SubjectId);
        var message = await db.Messages.FindAsync([id], cancellationToken);
        if (message is null)
        {
            return new Decision(Effect(job, id, DeliveryStep.Missing));
        }
        if (message.Status != MessageStatus.Queued && !message.IsHeld)
        {
            return new Decision(Effect(job, id, DeliveryStep.Settled));
        }
        // The instance it was queued with, from the cached configuration: no provider row is read per message.
        var provider = providers.ById(message.WorkspaceId, message.Provider);
        if (provider is null)
        {
            return new Decision(Effect(job, id, DeliveryStep.NoProvider));
        }
        // Before the rate limit: a message that is skipped or held takes no token from those that go.
        var permission = await permissions.CheckAsync(message.Channel, message.To, message.Purpose, provider.Id, time.GetUtcNow(), cancellationToken);
        switch (permission.Verdict)
        {
            case SendVerdict.Skip:
                return new Decision(Effect(job, id, DeliveryStep.Skipped, permission.ContactId, permission.Reason ?? SkipReasons.OptedOut));
            case SendVerdict.Hold when permission.HoldUntil is { } until:
                return new Decision(Effect(job, id, DeliveryStep.Held, permission.ContactId, until: until));
        }
        // A message with secret values carries their real text only from here to the provider; the stored one is masked.
        var content = message.ProtectedContent is null
            ? new MessageContent(message.Subject, message.Body, message.Html, message.RichContent)
            : secrets.UnprotectContent(message.ProtectedContent);
        var rich = MessageRichContent.FromJson(content.RichContent);
        var whatsAppTemplate = rich?.WhatsAppTemplate;
        if (permission.ServiceWindowOpen is { } windowOpen)
        {
            if (windowOpen && !string.IsNullOrEmpty(content.Body))
            {
                whatsAppTemplate = null; // inside the window the text goes as written
            }
            else if (!windowOpen && whatsAppTemplate is null)
            {
                return new Decision(Effect(job, id, DeliveryStep.Skipped, permission.ContactId, SkipReasons.OutsideServiceWindow));
            }
        }
        if (provider.Configuration.IntegerSetting(RateSetting) is > 0 and var rate
            && await rateLimiter.TryTakeAsync($"provider:{provider.Id}", rate, cancellationToken) is { } wait)
        {
            // Spread over half a second: a backlog of postponed sends would otherwise all come back for the same token.
            return new Decision(Effect(job, id, DeliveryStep.RateLimited, permission.ContactId,
                $"Provider '{provider.Id}' is at its rate limit ({rate}/s).",
                time.GetUtcNow() + wait + TimeSpan.FromMilliseconds(Random.Shared.Next(0, 500))));
        }
        return new Decision(null, permission.ContactId, provider, new OutboundMessage
        {
            Id = message.Id.ToString(),
            Channel = message.Channel,
            To = message.To,
            Subject = content.Subject,
            Body = content.Body,
            HtmlBody = content.Html,
            WhatsAppTemplate = whatsAppTemplate,
            Card = rich?.Card,
            Suggestions = rich?.Suggestions ?? [],
            FallbackSms = rich?.FallbackSms,
            EventId = message.EventId,
            WorkflowId = message.WorkflowId,
            WorkspaceId = message.WorkspaceId,
            CreatedAt = message.CreatedAt,
        });
    }

    /// <summary>Calls the provider; whatever goes wrong in the call is its answer, recorded as a transient failure.</summary>
    private async Task<JobEffect> CallAsync(ClaimedJob job, Guid? contactId, ResolvedProvider provider, OutboundMessage message, CancellationToken cancellationToken)
    {
        var started = time.GetUtcNow();
        SendResult result;
        var circuitOpen = false;
        try
        {
            (result, circuitOpen) = await circuits.SendAsync(provider, message, cancellationToken);
        }
        catch (Exception ex)
        {
            result = SendResult.Transient(cancellationToken.IsCancellationRequested
                ? "The provider did not answer before the job's deadline."
                : $"Calling the provider failed ({ex.GetType().Name}).");
        }
        return new DeliveryEffect(job, recorder)
        {
            MessageId = Guid.Parse(message.Id),
            Step = DeliveryStep.Called,
            ContactId = contactId,
            Provider = provider,
            Result = result,
            CircuitOpen = circuitOpen,
            StartedAt = started,
            CompletedAt = time.GetUtcNow(),
        };
    }

    private DeliveryEffect Effect(ClaimedJob job, Guid messageId, DeliveryStep step, Guid? contactId = null, string? reason = null, DateTimeOffset? until = null) =>
        new(job, recorder) { MessageId = messageId, Step = step, ContactId = contactId, Reason = reason, Until = until };

    private sealed record Decision(DeliveryEffect? Effect, Guid? ContactId = null, ResolvedProvider? Provider = null, OutboundMessage? Message = null);
}
