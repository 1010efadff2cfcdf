namespace Hub.Load.Database;

/// <summary>What a phase cost PostgreSQL, per event (webhook, row, or request) the phase produced.</summary>
internal sealed record PgCost(string Phase, long Events, long Transactions, long WalBytes, TimeSpan Elapsed)
{
    public static PgCost Between(string phase, long events, PgSnapshot before, PgSnapshot after) =>
        new(phase, events, after.Transactions - before.Transactions, after.WalBytes - before.WalBytes, after.TakenAt - before.TakenAt);

    public double TransactionsPerEvent => Events == 0 ? double.NaN : (double)Transactions / Events;

    public double WalBytesPerEvent => Events == 0 ? double.NaN : (double)WalBytes / Events;

    public double TransactionsPerSecond => Transactions / Elapsed.TotalSeconds;
}
