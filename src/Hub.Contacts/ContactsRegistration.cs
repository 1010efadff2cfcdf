using Hub.Contacts.Internals;
using Hub.Runtime.Events;
using Hub.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Hub.Contacts;

public static class ContactsRegistration
{
    /// <summary>This module's entities, for the design-time factories of the migrations projects.</summary>
    public static IHubModelPart ModelPart { get; } = new ContactsModelPart();

    /// <summary>
    /// Contacts, their identities and consent, service windows and the workspace's consent policy; contacts kept
    /// from canonical events. Call before <c>AddHubWorkflows</c>: event consumers run in registration order, and
    /// what an event starts should see the contact it names.
    /// </summary>
    public static IHostApplicationBuilder AddHubContacts(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddHubModelPart(ModelPart);
        builder.Services.AddScoped<IContactStore, ContactStore>();
        builder.Services.AddScoped<ContactUpdates>();
        builder.Services.AddScoped<ContactErasure>();
        builder.Services.AddScoped<IPersonalDataEraser, ContactDataEraser>();
        builder.Services.AddScoped<IPersonalDataEraser, EventDataEraser>();
        builder.Services.AddScoped<IEventConsumer, ContactEventConsumer>();
        builder.Services.AddSingleton<ConsentPolicyCache>();
        builder.Services.AddScoped<IConsentPolicies, ConsentPolicies>();
        builder.Services.AddScoped<ISendPermissions, SendPermissions>();
        return builder;
    }
}
