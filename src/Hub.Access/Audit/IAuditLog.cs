namespace Hub.Access.Audit;

/// <summary>Records configuration changes in the audit log (<see cref="AuditEntry"/>).</summary>
public interface IAuditLog
{
    /// <summary>
    /// Adds an entry to the request's <c>HubDbContext</c> without saving: it commits with that context's next
    /// <c>SaveChanges</c>. Call it before the change is saved, so that the change and its entry commit together or
    /// not at all. <paramref name="before"/> and <paramref name="after"/> are serialized as JSON (camelCase) and every
    /// value under a secret-like name (secret, password, token, credentials, apiKey, ...) is replaced by <c>"***"</c>;
    /// say what changed about a secret with <see cref="AuditSecrets"/>, never with the value.
    /// </summary>
    /// <param name="caller">Who acts: <c>Caller.From(httpContext.User)</c>.</param>
    /// <param name="action">One of <see cref="AuditActions"/>, <c>resource.verb</c>.</param>
    /// <param name="resourceType">What kind of thing changed: <c>connector</c>, <c>provider</c>, <c>api_key</c>, ...</param>
    /// <param name="resourceId">Which one.</param>
    /// <returns>The entry as it will be stored.</returns>
    AuditEntry Record(Caller caller, string action, string resourceType, string resourceId, object? before = null, object? after = null);
}
