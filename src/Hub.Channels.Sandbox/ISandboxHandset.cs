using Hub.Channels;

namespace Hub.Channels.Sandbox;

/// <summary>Where the sandbox puts what it delivers: the far side of the sandbox, as a phone or inbox is of a real provider.</summary>
public interface ISandboxHandset
{
    /// <summary>Records a delivered message; recording the same message id again changes nothing.</summary>
    Task RecordAsync(OutboundMessage message, CancellationToken cancellationToken);
}
