namespace Hub.Messaging;

/// <summary>How many receipts found their message, and how many did not (kept, and counted, but changing nothing).</summary>
public sealed record ReceiptsRecorded(int Matched, int Unmatched);
