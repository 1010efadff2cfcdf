using System.Collections.Concurrent;

namespace Hub.Load.Sink;

/// <summary>What reached the sink: the first arrival time of each order (by its sequence number), and what did not fit.</summary>
internal sealed class SinkArrivals
{
    private readonly ConcurrentDictionary<long, long> firstArrival = new();
    private long total;
    private long duplicates;
    private long badSignatures;
    private long unrecognized;

    public long Total => Interlocked.Read(ref total);

    /// <summary>Arrivals of an order that had already arrived (at-least-once delivery shows up here).</summary>
    public long Duplicates => Interlocked.Read(ref duplicates);

    public long BadSignatures => Interlocked.Read(ref badSignatures);

    /// <summary>Bodies without an order number the load tool generated.</summary>
    public long Unrecognized => Interlocked.Read(ref unrecognized);

    public int Distinct => firstArrival.Count;

    public void Record(long? sequence, long arrivalTimestamp, bool signatureValid)
    {
        Interlocked.Increment(ref total);
        if (!signatureValid)
        {
            Interlocked.Increment(ref badSignatures);
        }
        if (sequence is not { } seq)
        {
            Interlocked.Increment(ref unrecognized);
        }
        else if (!firstArrival.TryAdd(seq, arrivalTimestamp))
        {
            Interlocked.Increment(ref duplicates);
        }
    }

    public bool TryGet(long sequence, out long arrivalTimestamp) => firstArrival.TryGetValue(sequence, out arrivalTimestamp);

    public bool Contains(long sequence) => firstArrival.ContainsKey(sequence);
}
