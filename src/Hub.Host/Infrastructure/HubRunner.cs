using Hub.Connectors;
using Hub.Templates;
using Hub.Workflows;

namespace Hub.Host.Infrastructure;

internal static class HubRunner
{
    /// <summary>
    /// Runs Hub until shutdown. A definition file with errors stops the start with the list of errors on stderr and
    /// exit code 1, rather than a crash dump.
    /// </summary>
    public static int RunHub(this WebApplication app)
    {
        try
        {
            // Loaded before the host starts, so that a broken or missing folder is one line, not a logged crash.
            _ = app.Services.GetRequiredService<IConnectorCatalog>();
            _ = app.Services.GetRequiredService<TemplateCatalog>();
            _ = app.Services.GetRequiredService<IWorkflowCatalog>();
            app.Run();
            return 0;
        }
        catch (Exception ex) when (ex is ConnectorSpecException or WorkflowSpecException or TemplateSpecException or DirectoryNotFoundException)
        {
            Console.Error.WriteLine(ex.Message);
            return 1;
        }
    }
}
