namespace Hub.Intake;

public static class IntakeJobKinds
{
    /// <summary>Verify-free normalization of a stored webhook into canonical events.</summary>
    public const string Ingest = "ingest";
}
