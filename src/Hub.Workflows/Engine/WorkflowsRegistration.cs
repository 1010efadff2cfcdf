using Hub.Runtime.Jobs;
using Hub.Storage;
using Hub.Workflows.Engine.Internals;
using Hub.Workflows.Engine.Steps;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Hub.Workflows.Engine;

public static class WorkflowsRegistration
{
    /// <summary>This module's entities, for the design-time factories of the migrations projects.</summary>
    public static IHubModelPart ModelPart { get; } = new WorkflowsModelPart();

    /// <summary>The engine: instances and versions, the job that starts workflows for an event, and one activity per step kind.</summary>
    public static IHostApplicationBuilder AddHubWorkflows(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddHubModelPart(ModelPart);
        services.AddScoped<IStepActivity, SendActivity>();
        services.AddScoped<WorkflowRunner>();
        services.AddScoped<IJobHandler, StartWorkflowsHandler>();
        services.AddHostedService<WorkflowVersionRecorder>();
        return builder;
    }
}
