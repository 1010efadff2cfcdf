using Hub.Storage.Workspaces;

namespace Hub.Channels.Sandbox;

/// <summary>
/// One message the sandbox delivered, exactly as the provider was handed it (secret values unmasked): what the
/// recipient's phone or inbox would show. The sandbox handset (<c>GET /api/v1/sandbox/messages</c>) lists these.
/// </summary>
public sealed class SandboxMessage : IWorkspaceOwned
{
    public Guid Id { get; set; }
    public string WorkspaceId { get; set; } = "";

    /// <summary>Hub's message id (the provider's idempotency key): a repeated send is recorded once.</summary>
    public required string MessageId { get; set; }

    public required string Channel { get; set; }

    /// <summary>The sender the handset shows; the sandbox has none of its own.</summary>
    public string? From { get; set; }

    public required string To { get; set; }
    public string? Subject { get; set; }
    public required string Text { get; set; }
    public string? Html { get; set; }

    /// <summary>The rich parts as JSON (WhatsApp template with its parameters, RCS card, suggestions, fallback SMS); null for plain messages.</summary>
    public string? RichContent { get; set; }
    public DateTimeOffset DeliveredAt { get; set; }
}
