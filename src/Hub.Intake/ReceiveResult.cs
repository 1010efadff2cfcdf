namespace Hub.Intake;

public sealed record ReceiveResult(ReceiveStatus Status, Guid? RequestId = null, string? Detail = null);
