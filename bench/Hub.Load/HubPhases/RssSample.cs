namespace Hub.Load.HubPhases;

internal sealed record RssSample(string Hub, string Phase, TimeSpan At, double Megabytes);
