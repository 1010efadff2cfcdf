namespace Hub.IntegrationTests.Channels;

/// <summary>One message as the far side received it; <see cref="IdempotencyKey"/> is what it can drop a repeat by.</summary>
public sealed record ArrivedMessage(string IdempotencyKey, string To, string Body);
