namespace Hub.Access.Audit;

/// <summary>What an <see cref="AuditEntry"/> says happened: <c>resource.verb</c>, past tense.</summary>
public static class AuditActions
{
    public const string ConnectorCreated = "connector.created";
    public const string ConnectorUpdated = "connector.updated";
    public const string ConnectorDeleted = "connector.deleted";
    public const string ProviderCreated = "provider.created";
    public const string ProviderUpdated = "provider.updated";
    public const string ProviderDeleted = "provider.deleted";
    public const string ChannelUpdated = "channel.updated";
    public const string WorkflowPublished = "workflow.published";
    public const string WorkflowRolledBack = "workflow.rolled_back";
    public const string TemplatePublished = "template.published";
    public const string TemplateRolledBack = "template.rolled_back";
    public const string ConsentChanged = "consent.changed";
    public const string ConsentPolicyUpdated = "consent_policy.updated";
    public const string ContactErased = "contact.erased";
    public const string ApiKeyCreated = "api_key.created";
    public const string ApiKeyRevoked = "api_key.revoked";
    public const string UserCreated = "user.created";
    public const string UserUpdated = "user.updated";
    public const string UserDeleted = "user.deleted";
    public const string WorkspaceCreated = "workspace.created";
}
