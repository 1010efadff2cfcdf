namespace Hub.Access.Audit;

/// <summary>The kinds of resource an <see cref="AuditEntry"/> names.</summary>
public static class AuditResources
{
    public const string Connector = "connector";
    public const string Provider = "provider";
    public const string Channel = "channel";
    public const string Workflow = "workflow";
    public const string Template = "template";
    public const string Contact = "contact";
    public const string ConsentPolicy = "consent_policy";
    public const string ApiKey = "api_key";
    public const string User = "user";
    public const string Workspace = "workspace";
}
