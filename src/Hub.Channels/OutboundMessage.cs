namespace Hub.Channels;

/// <summary>A rendered message ready for a provider. <see cref="Id"/> doubles as the idempotency key.</summary>
public sealed record OutboundMessage
{
    public required string Id { get; init; }
    public required string Channel { get; init; }
    public required string To { get; init; }
    public string? Subject { get; init; }
    public required string Body { get; init; }
    public string? HtmlBody { get; init; }
}
