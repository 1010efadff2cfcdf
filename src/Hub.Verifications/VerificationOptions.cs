namespace Hub.Verifications;

/// <summary>Bound from <c>Hub:Verifications</c>: the defaults of a verification and the limits that protect its code.</summary>
public sealed class VerificationOptions
{
    public const string Section = "Hub:Verifications";

    public const int MinCodeLength = 4;
    public const int MaxCodeLength = 10;

    /// <summary>Digits in a code when the request names no <c>length</c>.</summary>
    public int CodeLength { get; set; } = 6;

    /// <summary>How long a code is valid when the request names no <c>expiresIn</c>.</summary>
    public TimeSpan ExpiresIn { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>The longest <c>expiresIn</c> a request may ask for.</summary>
    public TimeSpan MaxExpiresIn { get; set; } = TimeSpan.FromHours(24);

    /// <summary>Wrong checks a verification allows; the next check answers <c>locked</c>, whatever the code.</summary>
    public int MaxWrongChecks { get; set; } = 5;

    /// <summary>Verifications one phone number or email address may be sent within an hour; more answer 429.</summary>
    public int MaxIssuesPerRecipientPerHour { get; set; } = 5;

    /// <summary>The template that carries the code (it reads it as <c>secrets.code</c>) when the request names none.</summary>
    public string Template { get; set; } = "verification-code";

    public bool IsValid() =>
        CodeLength is >= MinCodeLength and <= MaxCodeLength
        && ExpiresIn > TimeSpan.Zero && MaxExpiresIn >= ExpiresIn
        && MaxWrongChecks >= 1 && MaxIssuesPerRecipientPerHour >= 1
        && !string.IsNullOrWhiteSpace(Template);
}
