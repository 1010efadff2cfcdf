namespace Hub.Load.Report;

/// <summary>A figure of the run against its goal; <see cref="Value"/> is null when the phase behind it did not run.</summary>
internal sealed record Goal(string Measure, double? Value, string Target, Func<double, bool>? Met)
{
    public string Verdict => Value is not { } v ? "not measured" : Met is null ? "-" : Met(v) ? "met" : "**not met**";
}
