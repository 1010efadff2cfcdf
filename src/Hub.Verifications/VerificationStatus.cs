namespace Hub.Verifications;

/// <summary>A verification as the API shows it, and the answer to a check.</summary>
public enum VerificationStatus
{
    Pending,
    Approved,
    Denied,
    Expired,
    Locked,
}
