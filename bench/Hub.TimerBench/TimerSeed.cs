namespace Hub.TimerBench;

/// <summary>The one instance the engine itself put to sleep: its id, and its trigger event's id. Copies are made of it.</summary>
internal sealed record TimerSeed(Guid InstanceId, string EventId);
