using System.Text.Json;
using System.Text.Json.Nodes;
using Hub.Core.Channels;
using Hub.Messaging;
using Hub.Scripting;
using Hub.Storage;
using Hub.Templates;

namespace Hub.Workflows.Simulation.Internals;

/// <summary>
/// The simulation's <see cref="ISendRequests"/>: picks the channel the way messaging's composer does (the first of the
/// step's channels with an address and a variant), renders the template for every channel of the step, and records
/// the result in the run's database instead of storing a request and queuing its delivery.
/// </summary>
internal sealed class SimulatedSends(HubDbContext db, ITemplateCatalog templates, TimeProvider time) : ISendRequests
{
    public SendRequestResult Request(SendRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var template = request.Template is null ? null : templates.Find(request.Template)
            ?? throw new SendRequestException($"Template '{request.Template}' does not exist.");
        var locale = request.Locale ?? ((request.Model["contact"] as JsonObject)?["locale"] as JsonValue)?.GetValue<string>();
        var renders = new List<SimulationRender>();
        var skipped = new List<string>();
        SimulationRender? chosen = null;
        foreach (var channel in request.Channels)
        {
            var address = ChannelNames.AddressesByEmail(channel) ? request.Email : request.Phone;
            if (template is not null && !template.HasChannel(channel))
            {
                skipped.Add($"{channel}: template '{template.Id}' has no {channel} variant");
                renders.Add(new SimulationRender(channel, address, null, null, null, null, $"template '{template.Id}' has no {channel} variant"));
                continue;
            }
            var render = Render(template, channel, locale, request.Model, request.Text, address, mustSucceed: chosen is null && !string.IsNullOrEmpty(address));
            renders.Add(render);
            if (chosen is not null)
            {
                continue;
            }
            if (string.IsNullOrEmpty(address))
            {
                skipped.Add($"{channel}: the contact has no {(ChannelNames.AddressesByEmail(channel) ? "email address" : "phone number")}");
                continue;
            }
            chosen = render;
        }
        var skipReason = chosen is null ? (skipped.Count == 0 ? "The request names no channel." : string.Join("; ", skipped)) : null;
        db.Set<SimulatedMessageRecord>().Add(new SimulatedMessageRecord
        {
            InstanceId = request.WorkflowInstanceId,
            StepId = request.StepId,
            Template = request.Template,
            Channel = chosen?.Channel,
            To = chosen?.To,
            Locale = chosen?.Locale ?? locale,
            SkipReason = skipReason,
            RendersJson = JsonSerializer.Serialize(renders),
            At = time.GetUtcNow(),
        });
        return new SendRequestResult(Guid.CreateVersion7(), chosen is null ? null : Guid.CreateVersion7(), skipReason);
    }

    /// <param name="mustSucceed">The channel the message would go on: a template that fails there fails the step, as a real send does.</param>
    private static SimulationRender Render(MessageTemplate? template, string channel, string? locale, JsonObject model, string? text, string? address, bool mustSucceed)
    {
        if (template is null)
        {
            return new SimulationRender(channel, address, locale, null, text ?? "", null, null);
        }
        try
        {
            var rendered = template.Render(channel, locale, ScriptValues.FromObject(model));
            return new SimulationRender(channel, address, rendered.Locale, rendered.Subject, rendered.Body, rendered.Html, null);
        }
        catch (TemplateRenderException ex)
        {
            return mustSucceed
                ? throw new SendRequestException(ex.Message, ex)
                : new SimulationRender(channel, address, locale, null, null, null, ex.Message);
        }
    }
}
