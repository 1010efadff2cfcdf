using Hub.Access;
using Hub.Access.Audit;
using Hub.Channels.Rbm;
using Hub.Channels.LinkMobility;
using Hub.Channels.Sandbox;
using Hub.Channels.SendGrid;
using Hub.Channels.Smtp;
using Hub.Channels.Twilio;
using Hub.Channels.Webhook;
using Hub.Channels.WhatsApp;
using Hub.Contacts;
using Hub.Conversations;
using Hub.Host.Api;
using Hub.Host.Infrastructure;
using Hub.Intake;
using Hub.Messaging;
using Hub.Runtime;
using Hub.Users;
using Hub.Verifications;
using Hub.Workflows.Engine;
using Hub.Workflows.Simulation;

if (args is ["validate", .. var options])
{
    return ValidateCommand.Run(options, Console.Out);
}
if (args is ["simulate", .. var simulateOptions])
{
    return await SimulateCommand.RunAsync(simulateOptions, Console.Out);
}
if (args is ["render", .. var renderOptions])
{
    return await RenderCommand.RunAsync(renderOptions, Console.Out, Console.Error);
}
if (args is ["sign", .. var signOptions])
{
    return await SignCommand.RunAsync(signOptions, Console.Out, Console.Error);
}
if (args is ["export", .. var exportOptions])
{
    return await ExportCommand.RunAsync(exportOptions, Console.Out, Console.Error);
}
if (args is ["import", .. var importOptions])
{
    return await ImportCommand.RunAsync(importOptions, Console.Out, Console.Error);
}

var builder = WebApplication.CreateBuilder(args);

builder.AddHubClock();
builder.AddHubRoles();
builder.AddHubDatabase();
builder.AddHubDefinitions();
builder.AddHubRuntime();
builder.AddHubIntake();
builder.AddHubContacts();
builder.AddHubWorkflows();
builder.Services.AddHubWorkflowSimulation();
builder.AddHubMessaging();
builder.AddHubConversations();
builder.AddHubSandboxChannel();
builder.AddHubWebhookChannel();
builder.AddHubWhatsAppChannel();
builder.AddHubRbmChannel();
builder.AddHubLinkMobilityChannel();
builder.AddHubTwilioChannel();
builder.AddHubSmtpChannel();
builder.AddHubSendGridChannel();
builder.AddHubVerifications();
builder.AddHubAccess();
builder.AddHubLimits();
builder.AddHubAudit();
builder.AddHubUsers();
builder.AddHubApi();

var app = builder.Build();

app.UseHubApi();
app.MapHealthApi();
app.MapWebhooksApi();
app.MapProviderCallbacksApi();
app.MapConnectorsApi();
app.MapEventsApi();
app.MapInboundApi();
app.MapMessagesApi();
app.MapProvidersApi();
app.MapChannelsApi();
app.MapSandboxApi();
app.MapConversationsApi();
app.MapVerificationsApi();
app.MapSchemasApi();
app.MapWorkflowsApi();
app.MapWorkflowInstancesApi();
app.MapWorkflowSimulationApi();
app.MapTemplatesApi();
app.MapContactsApi();
app.MapConsentPolicyApi();
app.MapWorkspacesApi();
app.MapApiKeysApi();
app.MapAuditApi();
app.MapAccountApi();
app.MapUsersApi();
app.MapTestingApi(app.Environment);

return app.RunHub();
