namespace Hub.Messaging.Internals;

/// <summary>What a provider is handed of a message: its subject, body, HTML and rich parts (<c>MessageRichContent</c> JSON).</summary>
internal sealed record MessageContent(string? Subject, string Body, string? Html, string? RichContent = null);
