using Hub.Channels;
using Hub.Core.Channels;
using Hub.Core.Events;
using Hub.Scripting;
using Hub.Storage.Entities;
using Hub.Templates;
using Hub.Workflows;
using Scriban.Runtime;

namespace Hub.Pipeline.Routing;

/// <summary>
/// Turns a send step into a message on the first channel, in the step's order, that the recipient can be reached on.
/// Used again with the remaining channels when a message fails for good.
/// </summary>
public sealed class MessageComposer(ITemplateCatalog templates, IChannelProviderResolver providers, TimeProvider time)
{
    /// <summary>Returns the message to queue, or null with the reason every channel was skipped.</summary>
    public (MessageRecord? Message, string? SkipReason) Compose(
        CanonicalEvent canonical, WorkflowDefinition workflow, Guid instanceId, SendStep step, IReadOnlyList<string> channels)
    {
        ArgumentNullException.ThrowIfNull(step);
        var template = templates.Find(step.Template)
            ?? throw new TemplateRenderException($"Template '{step.Template}' does not exist.");
        var scope = WorkflowScope.Create(canonical, workflow, time.GetUtcNow());
        var skipped = new List<string>();
        for (var i = 0; i < channels.Count; i++)
        {
            var channel = channels[i];
            var address = AddressFor(channel, step, scope);
            if (address is null)
            {
                skipped.Add($"{channel}: the contact has no {(ChannelNames.AddressesByEmail(channel) ? "email address" : "phone number")}");
                continue;
            }
            if (!template.HasChannel(channel))
            {
                skipped.Add($"{channel}: template '{template.Id}' has no {channel} variant");
                continue;
            }
            var locale = (scope["contact"] as ScriptObject)?["locale"] as string;
            var rendered = template.Render(channel, locale, scope);
            var now = time.GetUtcNow();
            return (new MessageRecord
            {
                Id = Guid.CreateVersion7(),
                Channel = channel,
                Provider = providers.ForChannel(channel).Name,
                To = address,
                Subject = rendered.Subject,
                Body = rendered.Body,
                Html = rendered.Html,
                Locale = rendered.Locale,
                Status = MessageStatus.Queued,
                WorkflowId = workflow.Id,
                WorkflowInstanceId = instanceId,
                StepId = step.Id,
                TemplateId = template.Id,
                FallbackChannels = i + 1 < channels.Count ? string.Join(',', channels.Skip(i + 1)) : null,
                EventId = canonical.Id,
                CreatedAt = now,
                UpdatedAt = now,
            }, null);
        }
        return (null, skipped.Count == 0 ? "The step names no channel." : string.Join("; ", skipped));
    }

    private static string? AddressFor(string channel, SendStep step, ScriptObject scope)
    {
        if (step.To is not null)
        {
            return HubFunctions.Text(step.To.Evaluate(scope)) is { Length: > 0 } explicitAddress ? explicitAddress : null;
        }
        var contact = scope["contact"] as ScriptObject;
        var value = ChannelNames.AddressesByEmail(channel) ? contact?["email"] : contact?["phone"];
        return value is string { Length: > 0 } address ? address : null;
    }
}
