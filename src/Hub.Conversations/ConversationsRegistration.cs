using Hub.Contacts;
using Hub.Conversations.Internals;
using Hub.Runtime.Events;
using Hub.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Hub.Conversations;

public static class ConversationsRegistration
{
    /// <summary>This module's entities, for the design-time factories of the migrations projects.</summary>
    public static IHubModelPart ModelPart { get; } = new ConversationsModelPart();

    /// <summary>Inbound messages in conversations per contact and channel, keywords (STOP, START, HELP) and staff replies.</summary>
    public static IHostApplicationBuilder AddHubConversations(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddHubModelPart(ModelPart);
        builder.Services.AddScoped<KeywordResponder>();
        builder.Services.AddScoped<IEventConsumer, InboundMessageConsumer>();
        builder.Services.AddScoped<StaffReplies>();
        builder.Services.AddScoped<IPersonalDataEraser, ConversationDataEraser>();
        return builder;
    }
}
