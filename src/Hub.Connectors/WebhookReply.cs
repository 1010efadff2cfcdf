namespace Hub.Connectors;

/// <summary>
/// The response a source expects for an accepted delivery (spec field <c>reply</c>), such as the SOAP
/// acknowledgement Salesforce retries without. An empty <paramref name="ContentType"/> means no body.
/// </summary>
public sealed record WebhookReply(int Status, string ContentType, string Body);
