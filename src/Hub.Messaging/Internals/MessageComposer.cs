using System.Text.Json.Nodes;
using Hub.Core.Channels;
using Hub.Scripting;
using Hub.Templates;

namespace Hub.Messaging.Internals;

/// <summary>
/// Turns a stored send request into a message on the first channel, in the request's order, that the recipient can
/// be reached on. Used again with the remaining channels when a message fails for good. A request with secret
/// values is rendered twice: with them masked for the stored message, and with them for the provider (encrypted).
/// </summary>
internal sealed class MessageComposer(IWorkspaceTemplates templates, IChannelProviderResolver providers, MessageSecrets protection, TimeProvider time)
{
    /// <summary>Returns the message to queue, or null with the reason every channel was skipped; its provider is the workspace's for that channel.</summary>
    public (MessageRecord? Message, string? SkipReason) Compose(string workspaceId, SendRequestRecord request, JsonObject model,
        IReadOnlyList<string> channels, IReadOnlyDictionary<string, string>? secrets = null)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(channels);
        var template = request.TemplateId is null ? null : templates.ForWorkspace(workspaceId).Find(request.TemplateId)
            ?? throw new TemplateRenderException($"Template '{request.TemplateId}' does not exist.");
        var skipped = new List<string>();
        for (var i = 0; i < channels.Count; i++)
        {
            var channel = channels[i];
            var address = ChannelNames.AddressesByEmail(channel) ? request.Email : request.Phone;
            if (string.IsNullOrEmpty(address))
            {
                skipped.Add($"{channel}: the contact has no {(ChannelNames.AddressesByEmail(channel) ? "email address" : "phone number")}");
                continue;
            }
            if (template is not null && !template.HasChannel(channel))
            {
                skipped.Add($"{channel}: template '{template.Id}' has no {channel} variant");
                continue;
            }
            var locale = request.Locale ?? ((model["contact"] as JsonObject)?["locale"] as JsonValue)?.GetValue<string>();
            var hasSecrets = template is not null && secrets is { Count: > 0 };
            var rendered = template?.Render(channel, locale, ScriptValues.FromObject(
                hasSecrets ? WithSecrets(model, secrets!.ToDictionary(s => s.Key, s => MessageSecrets.Mask(s.Value))) : model));
            var content = hasSecrets ? template!.Render(channel, locale, ScriptValues.FromObject(WithSecrets(model, secrets!))) : null;
            var now = time.GetUtcNow();
            return (new MessageRecord
            {
                Id = Guid.CreateVersion7(),
                SendRequestId = request.Id,
                Channel = channel,
                Provider = providers.ForChannel(workspaceId, channel).Id,
                To = address,
                Subject = rendered?.Subject,
                Body = rendered?.Body ?? request.Text ?? "",
                Html = rendered?.Html,
                RichContent = rendered is null ? null : MessageRichContent.Of(rendered)?.ToJson(),
                ProtectedContent = content is null ? null
                    : protection.ProtectContent(new MessageContent(content.Subject, content.Body, content.Html, MessageRichContent.Of(content)?.ToJson())),
                Locale = rendered?.Locale ?? locale,
                Purpose = request.Purpose,
                Status = MessageStatus.Queued,
                WorkflowId = request.WorkflowId,
                WorkflowInstanceId = request.WorkflowInstanceId,
                StepId = request.StepId,
                TemplateId = template?.Id,
                FallbackChannels = i + 1 < channels.Count ? string.Join(',', channels.Skip(i + 1)) : null,
                EventId = request.EventId,
                CreatedAt = now,
                UpdatedAt = now,
            }, null);
        }
        return (null, skipped.Count == 0 ? "The request names no channel." : string.Join("; ", skipped));
    }

    /// <summary>A copy of the model with <c>secrets</c> set; the stored model never holds them.</summary>
    private static JsonObject WithSecrets(JsonObject model, IReadOnlyDictionary<string, string> secrets)
    {
        var copy = (JsonObject)model.DeepClone();
        copy["secrets"] = new JsonObject(secrets.Select(s => KeyValuePair.Create(s.Key, (JsonNode?)JsonValue.Create(s.Value))));
        return copy;
    }
}
