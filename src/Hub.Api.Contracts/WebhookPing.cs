namespace Hub.Api.Contracts;

/// <summary>The answer to a source's connectivity check (e.g. WooCommerce's ping on webhook creation): nothing is stored.</summary>
public sealed record WebhookPing(bool Ping = true);
