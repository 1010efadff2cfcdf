namespace Hub.Conversations;

/// <summary>What became of a staff reply: the message sent, or why not (an HTTP status with a title and detail for problem+json).</summary>
public sealed record StaffReplyOutcome
{
    public Guid? MessageId { get; init; }
    public string? Channel { get; init; }
    public int Status { get; init; }
    public string? Title { get; init; }
    public string? Detail { get; init; }

    /// <summary>Per request field, for a validation problem (status 400).</summary>
    public IDictionary<string, string[]>? Errors { get; init; }

    public static StaffReplyOutcome Sent(Guid messageId, string channel) => new() { MessageId = messageId, Channel = channel, Status = 202 };

    public static StaffReplyOutcome Problem(int status, string title, string detail) => new() { Status = status, Title = title, Detail = detail };

    public static StaffReplyOutcome Invalid(string field, string error) =>
        new() { Status = 400, Title = "The reply is not valid.", Errors = new Dictionary<string, string[]>(StringComparer.Ordinal) { [field] = [error] } };
}
