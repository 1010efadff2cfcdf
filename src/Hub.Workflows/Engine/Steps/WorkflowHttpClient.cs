using Hub.Core.Outbound;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Hub.Workflows.Engine.Steps;

/// <summary>
/// The named client of <c>http</c> steps, built like intake's enrichment client: every connection goes through
/// <see cref="GuardedHttpHandler"/> (no redirects, no proxy, the connected address checked against <c>Hub:Outbound</c>).
/// </summary>
internal static class WorkflowHttpClient
{
    public const string Name = "workflow-http";

    public static void Add(IServiceCollection services)
    {
        // Intake binds the same section; binding twice would list every allowed network twice (harmless, but untidy).
        if (!services.Any(d => d.ServiceType == typeof(IConfigureOptions<OutboundOptions>)))
        {
            services.AddOptions<OutboundOptions>().BindConfiguration(OutboundOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        }
        services.AddHttpClient(Name, client =>
            {
                // Each step's own timeout governs; this only stops a request that somehow escapes it.
                client.Timeout = TimeSpan.FromMinutes(2);
                client.DefaultRequestHeaders.UserAgent.ParseAdd("Hub-Workflows/1.0");
            })
            // The factory's logging writes every URL, query string and all, at Information: it may hold a token.
            .RemoveAllLoggers()
            .ConfigurePrimaryHttpMessageHandler(sp => GuardedHttpHandler.Create(OutboundPolicy.From(sp.GetRequiredService<IOptions<OutboundOptions>>().Value)));
    }
}
