namespace Hub.Load.Measurement;

/// <summary>How one request ended: the answer the phase expects (a 2xx, or 401 for the reject path), another status, or no answer.</summary>
internal enum Outcome
{
    Expected,
    OtherStatus,
    TransportError,
}
