namespace Hub.Verifications;

/// <summary>What is stored of a verification's progress; expired and locked follow from its expiry and wrong checks.</summary>
public enum VerificationState
{
    Pending,
    Approved,
}
