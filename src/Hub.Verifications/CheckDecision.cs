namespace Hub.Verifications;

/// <summary>What a check does to a verification, before the database confirms that nobody else changed it meanwhile.</summary>
public enum CheckDecision
{
    /// <summary>Already approved: a code is single-use, so even the right one is denied.</summary>
    Reused,
    Locked,
    Expired,
    Approve,
    CountWrong,
}
