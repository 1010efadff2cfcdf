using Hub.Contacts;
using Hub.Runtime.Events;
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

    /// <summary>
    /// The engine: versions provisioned from files and cached, instances started and resumed by events in their
    /// recording transaction, the job that runs instances and fires their timers, and one activity per step kind.
    /// </summary>
    public static IHostApplicationBuilder AddHubWorkflows(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddHubModelPart(ModelPart);
        services.AddOptions<WorkflowEngineOptions>().BindConfiguration(WorkflowEngineOptions.Section).ValidateOnStart();

        services.AddScoped<IStepActivity, SendActivity>();
        services.AddScoped<IStepActivity, DelayActivity>();
        services.AddScoped<IStepActivity, WaitForActivity>();
        services.AddScoped<IStepActivity, IfActivity>();
        services.AddScoped<IStepActivity, SwitchActivity>();
        services.AddScoped<IStepActivity, SetActivity>();
        services.AddScoped<IStepActivity, EndActivity>();
        services.AddScoped<IStepActivity, TriggerActivity>();
        services.AddScoped<IStepActivity, HttpActivity>();
        WorkflowHttpClient.Add(services);
        services.AddScoped<IStepActivity, DigestActivity>();
        services.AddSingleton<PendingDigests>();
        services.AddScoped<IStepActivity, ThrottleActivity>();

        services.AddSingleton<WorkflowVersions>();
        services.AddScoped<InstanceStarter>();
        services.AddScoped<WorkflowRunner>();
        services.AddScoped<WorkflowPublisher>();
        services.AddScoped<WorkflowInstances>();
        services.AddScoped<IEventConsumer, WorkflowEventConsumer>();
        services.AddScoped<IPersonalDataEraser, WorkflowDataEraser>();
        services.AddScoped<IJobHandler, RunInstanceHandler>();
        services.AddHostedService<WorkflowProvisioner>();
        return builder;
    }
}
