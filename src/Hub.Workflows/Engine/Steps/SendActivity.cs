using System.Text.Json.Nodes;
using Hub.Messaging;
using Hub.Scripting;
using Scriban.Runtime;

namespace Hub.Workflows.Engine.Steps;

/// <summary>
/// <c>send</c>: asks messaging to send the template on the step's channels, to the contact's address or the step's
/// <c>to</c>. Messaging stores the request and carries out fallback from it.
/// </summary>
internal sealed class SendActivity(ISendRequests sends) : StepActivity<SendStep>
{
    protected override Task<StepOutcome> ExecuteAsync(SendStep step, StepContext context, CancellationToken cancellationToken)
    {
        var contact = context.Scope["contact"] as ScriptObject;
        var phone = contact?["phone"] as string;
        var email = contact?["email"] as string;
        if (step.To is not null)
        {
            // An explicit address replaces the contact's: an email address for email, anything else a phone number.
            var to = HubFunctions.Text(context.Evaluate(step.To, cancellationToken));
            var isEmail = to?.Contains('@', StringComparison.Ordinal) == true;
            phone = isEmail ? null : to;
            email = isEmail ? to : null;
        }
        var result = sends.Request(new SendRequest
        {
            Template = step.Template,
            Channels = step.Channels,
            Phone = string.IsNullOrEmpty(phone) ? null : phone,
            Email = string.IsNullOrEmpty(email) ? null : email,
            Model = WorkflowScope.Model(context.Event, context.Workflow, context.Now, context.State),
            Purpose = step.Purpose,
            EventId = context.Event.Id,
            WorkflowId = context.Workflow.Id,
            WorkflowInstanceId = context.Instance.Id,
            StepId = step.Id,
        });
        var output = new JsonObject { ["sendRequestId"] = result.RequestId.ToString(), ["messageId"] = result.MessageId?.ToString(), ["status"] = result.SkipReason is null ? "queued" : "skipped" };
        return Task.FromResult(result.SkipReason is null
            ? StepOutcome.Next with { Output = output }
            : StepOutcome.NextWithNote($"Step '{step.Id}' sent nothing: {result.SkipReason}") with { Output = output });
    }
}
