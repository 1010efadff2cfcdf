using System.Globalization;

namespace Hub.Channels.LinkMobility.Internals;

/// <summary>
/// Turns LINK's answer to <c>POST /sms/send</c> into a <see cref="SendResult"/>. A 200's <c>resultCode</c> decides
/// (1005 Queued is the usual one; a final failure code in a 200 is a failure); 204 is LINK's "sent, no body".
/// 408, 429 and 5xx are transient whatever the body says. Any other refusal is what its result code says when it
/// carries a known one (106300 "no gates available" passes on retry), else permanent. The error text is LINK's
/// table's description, never the answer's own text, which may quote the request.
/// </summary>
internal static class LinkSendClassifier
{
    public static SendResult Classify(int status, LinkAnswer answer)
    {
        var known = answer.ResultCode is { } code ? LinkResultCodes.Find(code) : null;
        var errorCode = answer.ResultCode?.ToString(CultureInfo.InvariantCulture);
        if (status is >= 200 and < 300)
        {
            if (known is { Send: SendOutcome.TransientFailure or SendOutcome.PermanentFailure or SendOutcome.Unreachable })
            {
                return Failure(known.Send, $"LINK did not take the message: {known.Code} {known.Description}.", errorCode);
            }
            var outcome = known?.Send == SendOutcome.Delivered ? SendOutcome.Delivered : SendOutcome.Accepted;
            return new SendResult(outcome, answer.MessageId);
        }
        var because = known is not null ? $": {known.Code} {known.Description}" : answer.ResultCode is { } other ? $" (result code {other})" : "";
        if (status is 408 or 429 or >= 500)
        {
            return Failure(SendOutcome.TransientFailure, string.Create(CultureInfo.InvariantCulture, $"LINK answered {status}{because}; trying again later."), errorCode);
        }
        if (known is { Send: SendOutcome.TransientFailure or SendOutcome.Unreachable })
        {
            return Failure(known.Send, string.Create(CultureInfo.InvariantCulture, $"LINK answered {status}{because}."), errorCode);
        }
        var hint = status is 401 or 403 ? " Check the instance's username and password." : "";
        return Failure(SendOutcome.PermanentFailure, string.Create(CultureInfo.InvariantCulture, $"LINK refused the message with {status}{because}.{hint}"), errorCode);
    }

    private static SendResult Failure(SendOutcome outcome, string error, string? errorCode) =>
        new(outcome, Error: error) { ErrorCode = errorCode };
}
