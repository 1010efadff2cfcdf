namespace Hub.Load.Database;

/// <summary>Cumulative counters of one database (transactions) and of the cluster (WAL) at one moment.</summary>
internal sealed record PgSnapshot(long Transactions, long WalBytes, DateTime TakenAt);
