namespace Hub.Load.HubPhases;

/// <summary>
/// The books of one phase. They balance when every request sent got an answer or an error
/// (<c>Sent = Acknowledged + Rejected + TransportErrors</c>) and every acknowledged webhook is delivered to the sink,
/// dead-lettered, or still pending in Hub (<c>Lost = 0</c>). A phase whose books do not balance voids the run.
/// </summary>
internal sealed record LedgerResult(
    string Phase,
    long Sent,
    long Acknowledged,
    long Rejected,
    long TransportErrors,
    long Delivered,
    long DeadLettered,
    long Pending,
    long Lost,
    long StoredWithoutAcknowledgement,
    string Note)
{
    public bool Balances => Sent == Acknowledged + Rejected + TransportErrors
                            && Acknowledged == Delivered + DeadLettered + Pending
                            && Lost == 0;
}
