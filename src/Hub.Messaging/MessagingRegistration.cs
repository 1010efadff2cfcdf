using Hub.Contacts;
using Hub.Messaging.Internals;
using Hub.Runtime.Jobs;
using Hub.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Hub.Messaging;

public static class MessagingRegistration
{
    /// <summary>This module's entities, for the design-time factories of the migrations projects.</summary>
    public static IHubModelPart ModelPart { get; } = new MessagingModelPart();

    /// <summary>Send requests, composing, the message ledger, delivery jobs and failover; providers add themselves with their own call.</summary>
    public static IHostApplicationBuilder AddHubMessaging(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddHubModelPart(ModelPart);
        services.AddOptions<ChannelOptions>().BindConfiguration(ChannelOptions.Section).ValidateOnStart();
        services.AddScoped<IPersonalDataEraser, MessagingDataEraser>();
        services.AddSingleton<ProviderCredentials>();
        services.AddSingleton<ProviderDirectory>();
        services.AddSingleton<IChannelProviderResolver, ChannelProviderResolver>();
        services.AddSingleton<MessageSecrets>();
        services.AddSingleton<MessageComposer>();
        services.AddSingleton<MessageFallbacks>();
        services.AddSingleton<ReceiptFolding>();
        services.AddSingleton<ProviderCircuits>();
        services.AddScoped<IReceiptLedger, ReceiptLedger>();
        services.AddScoped<IJobHandler, FoldReceiptsHandler>();
        services.AddScoped<IJobHandler, ReceiptDeadlineHandler>();
        services.AddScoped<ISendRequests, SendRequests>();
        services.AddSingleton<DeliveryRecorder>();
        services.AddScoped<IJobHandler, DeliverMessageHandler>();
        return builder;
    }
}
