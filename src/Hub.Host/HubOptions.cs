namespace Hub.Host;

/// <summary>Bound from <c>Hub</c>.</summary>
public sealed class HubOptions
{
    public const string Section = "Hub";

    /// <summary>The bearer key for <c>/api/v1</c>. Without one the admin API refuses every call.</summary>
    public string? AdminApiKey { get; set; }

    /// <summary>Folder of connector specs, relative to the working directory (or any parent of it).</summary>
    public string ConnectorsPath { get; set; } = "connectors";

    /// <summary>Folder of workflow definitions; templates are in its <c>templates</c> subfolder unless set apart.</summary>
    public string WorkflowsPath { get; set; } = "workflows";

    public string? TemplatesPath { get; set; }

    /// <summary>
    /// The URL the outside world reaches this Hub at (https://hub.example.com), when a proxy stands in front of it.
    /// Provider callbacks signed over their URL (Twilio) are verified against it; without it, the request's own URL.
    /// </summary>
    public Uri? PublicUrl { get; set; }
}
