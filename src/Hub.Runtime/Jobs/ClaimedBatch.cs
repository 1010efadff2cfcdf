namespace Hub.Runtime.Jobs;

/// <summary>
/// The jobs one claim leased, and when the lane's next pending job falls due after them (null: none is pending), so
/// that an idle worker wakes for a timer at its due time instead of at its next poll.
/// </summary>
public sealed record ClaimedBatch(IReadOnlyList<ClaimedJob> Jobs, DateTimeOffset? NextDueAt);
