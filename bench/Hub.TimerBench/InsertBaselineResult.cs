namespace Hub.TimerBench;

/// <summary>Single-row autocommit INSERTs on the bench's own database: the cost of one durable commit here.</summary>
internal sealed record InsertBaselineResult(int Connections, int Rows, double P50Ms, double P99Ms, double RowsPerSecond);
