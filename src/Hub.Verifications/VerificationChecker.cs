using Hub.Runtime;
using Hub.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Hub.Verifications;

/// <summary>
/// Checks a code. The change a check makes (approve, or count a wrong code) is a conditional UPDATE that only a still
/// pending, unlocked verification matches: concurrent checks can neither approve twice nor count more wrong codes
/// than allowed; a check that loses the race reads the verification again and answers from what the winner left.
/// </summary>
public sealed class VerificationChecker(HubDbContext db, SqliteWriteGate writeGate, IOptions<VerificationOptions> options, TimeProvider time)
{
    /// <summary>States only move forward (pending to approved or locked), so a check settles within a few reads.</summary>
    private const int MaxRounds = 4;

    /// <summary>The answer, or null when there is no such verification in this workspace.</summary>
    public async Task<VerificationStatus?> CheckAsync(Guid id, string code, CancellationToken cancellationToken)
    {
        var maxWrong = options.Value.MaxWrongChecks;
        for (var round = 1; ; round++)
        {
            var verification = await db.Verifications.AsNoTracking().FirstOrDefaultAsync(v => v.Id == id, cancellationToken);
            if (verification is null)
            {
                return null;
            }
            var now = time.GetUtcNow();
            var matches = VerificationCode.Matches(code, verification.Salt, verification.CodeHash);
            var decision = VerificationRules.Decide(verification.State, verification.WrongChecks, maxWrong, verification.ExpiresAt, now, matches);
            switch (decision)
            {
                case CheckDecision.Reused:
                    return VerificationStatus.Denied;
                case CheckDecision.Locked:
                    return VerificationStatus.Locked;
                case CheckDecision.Expired:
                    return VerificationStatus.Expired;
            }
            var still = db.Verifications.Where(v => v.Id == id && v.State == VerificationState.Pending && v.WrongChecks < maxWrong);
            int changed;
            using (await writeGate.EnterAsync(db, cancellationToken))
            {
                changed = decision == CheckDecision.Approve
                    ? await still.ExecuteUpdateAsync(s => s.SetProperty(v => v.State, VerificationState.Approved).SetProperty(v => v.ApprovedAt, now), cancellationToken)
                    : await still.ExecuteUpdateAsync(s => s.SetProperty(v => v.WrongChecks, v => v.WrongChecks + 1), cancellationToken);
            }
            if (changed == 1)
            {
                return decision == CheckDecision.Approve ? VerificationStatus.Approved : VerificationStatus.Denied;
            }
            if (round == MaxRounds)
            {
                return VerificationStatus.Denied;
            }
        }
    }

    /// <summary>The verification and its status now, or null when there is none.</summary>
    public async Task<(Verification Verification, VerificationStatus Status)?> FindAsync(Guid id, CancellationToken cancellationToken)
    {
        var verification = await db.Verifications.AsNoTracking().FirstOrDefaultAsync(v => v.Id == id, cancellationToken);
        return verification is null
            ? null
            : (verification, VerificationRules.StatusOf(verification.State, verification.WrongChecks, options.Value.MaxWrongChecks,
                verification.ExpiresAt, time.GetUtcNow()));
    }
}
