using System.Globalization;
using System.Text.Json.Nodes;
using Hub.Core.Channels;
using Hub.Messaging;
using Hub.Runtime;
using Hub.Runtime.Jobs;
using Hub.Storage;
using Hub.Verifications.Internals;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Hub.Verifications;

/// <summary>
/// Issues a verification: a fresh code, stored only as its hash, sent through the normal send path as a secret value
/// (so the stored messages show it masked and only the provider gets it), within the limit per recipient per hour.
/// </summary>
public sealed class VerificationIssuer(HubDbContext db, ISendRequests sends, SqliteWriteGate writeGate, JobSignal signal,
    IOptions<VerificationOptions> options, TimeProvider time)
{
    private static readonly TimeSpan Window = TimeSpan.FromHours(1);

    public async Task<VerificationIssueResult> IssueAsync(VerificationIssue issue, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(issue);
        var settings = options.Value;
        var channels = issue.Channels ?? DefaultChannels(issue);
        var errors = VerificationIssueValidator.Validate(issue, channels, settings);
        if (errors.Count > 0)
        {
            return VerificationIssueResult.Invalid(errors);
        }
        var email = issue.Email?.Trim().ToLowerInvariant();
        var now = time.GetUtcNow();
        if (await RetryAfterAsync(issue.Phone, email, now, settings, cancellationToken) is { } wait)
        {
            return VerificationIssueResult.Limited(wait);
        }

        var code = VerificationCode.Generate(issue.Length ?? settings.CodeLength);
        var expiresIn = issue.ExpiresInSeconds is { } seconds ? TimeSpan.FromSeconds(seconds) : settings.ExpiresIn;
        var salt = VerificationCode.NewSalt();
        var verification = new Verification
        {
            Id = Guid.CreateVersion7(),
            Phone = issue.Phone,
            Email = email,
            Salt = salt,
            CodeHash = VerificationCode.Hash(code, salt),
            State = VerificationState.Pending,
            CreatedAt = now,
            ExpiresAt = now + expiresIn,
        };
        SendRequestResult sent;
        try
        {
            sent = sends.Request(new SendRequest
            {
                Template = issue.Template ?? settings.Template,
                Channels = channels,
                Phone = issue.Phone,
                Email = issue.Email,
                Model = new JsonObject
                {
                    ["verification"] = new JsonObject
                    {
                        ["id"] = verification.Id.ToString(),
                        ["expiresAt"] = verification.ExpiresAt.ToString("O", CultureInfo.InvariantCulture),
                        ["expiresInMinutes"] = (int)Math.Ceiling(expiresIn.TotalMinutes),
                    },
                },
                Secrets = new Dictionary<string, string>(StringComparer.Ordinal) { ["code"] = code },
                Locale = issue.Locale,
                Purpose = "transactional",
            });
        }
        catch (SendRequestException ex)
        {
            db.ChangeTracker.Clear();
            return VerificationIssueResult.Invalid(new Dictionary<string, string[]> { ["template"] = [ex.Message] });
        }
        if (sent.MessageId is null)
        {
            db.ChangeTracker.Clear();
            return VerificationIssueResult.Invalid(new Dictionary<string, string[]> { ["channels"] = [$"No channel can carry the code: {sent.SkipReason}"] });
        }
        verification.SendRequestId = sent.RequestId;
        db.Verifications.Add(verification);
        using (await writeGate.EnterAsync(db, cancellationToken))
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        signal.Notify(JobLanes.Delivery);
        return new VerificationIssueResult(verification, new Dictionary<string, string[]>(), null);
    }

    private static List<string> DefaultChannels(VerificationIssue issue) =>
        [.. new[] { issue.Phone is null ? null : ChannelNames.Sms, issue.Email is null ? null : ChannelNames.Email }.OfType<string>()];

    /// <summary>How long until the recipient may be sent another code, or null when it may now.</summary>
    private async Task<TimeSpan?> RetryAfterAsync(string? phone, string? email, DateTimeOffset now, VerificationOptions settings, CancellationToken cancellationToken)
    {
        var since = now - Window;
        var recent = await db.Verifications.AsNoTracking()
            .Where(v => (phone != null && v.Phone == phone) || (email != null && v.Email == email))
            .Where(v => v.CreatedAt > since)
            .Select(v => v.CreatedAt)
            .ToListAsync(cancellationToken);
        if (recent.Count < settings.MaxIssuesPerRecipientPerHour)
        {
            return null;
        }
        // The window frees a place when the oldest issue in it leaves.
        return recent.Min() + Window - now;
    }
}
