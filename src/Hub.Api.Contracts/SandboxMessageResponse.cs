namespace Hub.Api.Contracts;

/// <summary>One message the sandbox delivered, as the recipient's phone or inbox shows it (unmasked).</summary>
public sealed record SandboxMessageResponse(
    string MessageId, string Channel, string? From, string To, string? Subject, string Text, string? Html, DateTimeOffset DeliveredAt,
    System.Text.Json.JsonElement? Rich = null);
