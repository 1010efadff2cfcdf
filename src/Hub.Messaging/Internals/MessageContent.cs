namespace Hub.Messaging.Internals;

/// <summary>What a provider is handed of a message: its subject, body and HTML.</summary>
internal sealed record MessageContent(string? Subject, string Body, string? Html);
