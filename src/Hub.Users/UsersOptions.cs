using System.ComponentModel.DataAnnotations;

namespace Hub.Users;

/// <summary>Bound from <c>Hub:Users</c>: lockout and the Studio's session.</summary>
public sealed class UsersOptions
{
    public const string Section = "Hub:Users";

    /// <summary>Wrong passwords in a row that lock a user out.</summary>
    [Range(1, 100)]
    public int MaxFailedSignIns { get; set; } = 5;

    /// <summary>How long a locked-out user's sign-ins are refused, the right password included.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "30.00:00:00")]
    public TimeSpan LockoutDuration { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>How long a session lasts without a request (sliding).</summary>
    [Range(typeof(TimeSpan), "00:01:00", "30.00:00:00")]
    public TimeSpan SessionLifetime { get; set; } = TimeSpan.FromHours(8);

    /// <summary>The shortest password a user may be given (no composition rules: length is what makes one strong).</summary>
    [Range(8, 128)]
    public int MinimumPasswordLength { get; set; } = 12;
}
