using System.Globalization;
using System.Text.RegularExpressions;
using Hub.Core.Channels;

namespace Hub.Verifications.Internals;

/// <summary>Checks a request field by field, keyed as the request names them (<c>to.phone</c>, <c>channels[1]</c>).</summary>
internal static partial class VerificationIssueValidator
{
    public static Dictionary<string, string[]> Validate(VerificationIssue issue, IReadOnlyList<string> channels, VerificationOptions options)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (issue.Phone is null && issue.Email is null)
        {
            errors["to"] = ["Required: {\"phone\": \"+4791234567\"} and/or {\"email\": \"a@b.example\"}."];
        }
        if (issue.Phone is not null && !E164().IsMatch(issue.Phone))
        {
            errors["to.phone"] = ["Must be an E.164 phone number, e.g. +4791234567."];
        }
        if (issue.Email is not null && !Email().IsMatch(issue.Email))
        {
            errors["to.email"] = ["Must be an email address, e.g. a@b.example."];
        }
        if (channels.Count == 0 && !errors.ContainsKey("to"))
        {
            errors["channels"] = ["Name at least one channel, e.g. [\"sms\", \"email\"]."];
        }
        for (var i = 0; i < channels.Count; i++)
        {
            if (!ChannelNames.IsKnown(channels[i]) || channels.Take(i).Contains(channels[i]))
            {
                errors[$"channels[{i}]"] = [$"Must be one of {string.Join(", ", ChannelNames.All)}, each at most once."];
            }
        }
        if (issue.Length is < VerificationOptions.MinCodeLength or > VerificationOptions.MaxCodeLength)
        {
            errors["length"] = [$"Must be {VerificationOptions.MinCodeLength} to {VerificationOptions.MaxCodeLength} digits."];
        }
        if (issue.ExpiresInSeconds is { } seconds && (seconds < 1 || seconds > options.MaxExpiresIn.TotalSeconds))
        {
            errors["expiresIn"] = [string.Create(CultureInfo.InvariantCulture, $"Must be 1 to {options.MaxExpiresIn.TotalSeconds:0} seconds.")];
        }
        return errors;
    }

    [GeneratedRegex(@"^\+[1-9][0-9]{6,14}$")]
    private static partial Regex E164();

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$")]
    private static partial Regex Email();
}
