using Hub.Channels;
using Hub.Host.Api;
using Hub.Host.Infrastructure;
using Hub.Pipeline;

if (args is ["validate", .. var options])
{
    return ValidateCommand.Run(options, Console.Out);
}

var builder = WebApplication.CreateBuilder(args);

builder.AddHubClock();
builder.AddHubDatabase();
builder.AddHubDefinitions();
builder.AddHubChannels();
builder.AddHubPipeline();
builder.AddHubApi();

var app = builder.Build();

app.UseHubApi();
app.MapHealthApi();
app.MapWebhooksApi();
app.MapConnectorsApi();
app.MapEventsApi();
app.MapInboundApi();
app.MapMessagesApi();
app.MapSchemasApi();

return app.RunHub();
