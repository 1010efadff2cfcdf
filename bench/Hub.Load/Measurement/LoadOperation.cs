namespace Hub.Load.Measurement;

/// <summary>
/// One request of a load phase. <paramref name="scheduledTimestamp"/> (<see cref="System.Diagnostics.Stopwatch"/> ticks)
/// is when the request was due, which is what end-to-end latency is measured from.
/// </summary>
internal delegate Task<Outcome> LoadOperation(long scheduledTimestamp);
