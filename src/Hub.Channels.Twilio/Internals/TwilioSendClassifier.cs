using System.Globalization;

namespace Hub.Channels.Twilio.Internals;

/// <summary>
/// Turns Twilio's answer to <c>POST Messages.json</c> into a <see cref="SendResult"/>: 201 is sent (the <c>sid</c> is
/// the provider message id) unless the resource is already <c>failed</c>; 408, 429 and 5xx are transient whatever the
/// body says; any other refusal is what its Twilio error code says (<see cref="TwilioErrorCodes"/>), by default
/// permanent (21211 invalid number, 21610 unsubscribed, 20003 wrong credentials). Twilio's own message text is left
/// out: it quotes the number.
/// </summary>
internal static class TwilioSendClassifier
{
    public static SendResult Classify(int status, TwilioAnswer answer)
    {
        var errorCode = answer.Code?.ToString(CultureInfo.InvariantCulture);
        var because = answer.Code is { } c ? string.Create(CultureInfo.InvariantCulture, $" (Twilio error {c}, twilio.com/docs/errors/{c})") : "";
        if (status is >= 200 and < 300)
        {
            if (answer.Status is "failed" or "undelivered" or "canceled")
            {
                var outcome = answer.Code is { } code ? TwilioErrorCodes.SendOutcomeOf(code) : SendOutcome.PermanentFailure;
                return Failure(outcome, $"Twilio took the message but it is already {answer.Status}{because}.", errorCode);
            }
            return new SendResult(SendOutcome.Accepted, answer.Sid);
        }
        if (status is 408 or 429 or >= 500)
        {
            return Failure(SendOutcome.TransientFailure, string.Create(CultureInfo.InvariantCulture, $"Twilio answered {status}{because}; trying again later."), errorCode);
        }
        var refusal = answer.Code is { } known ? TwilioErrorCodes.SendOutcomeOf(known) : SendOutcome.PermanentFailure;
        var hint = status is 401 or 403 ? " Check the instance's accountSid and authToken." : "";
        return Failure(refusal, string.Create(CultureInfo.InvariantCulture, $"Twilio refused the message with {status}{because}.{hint}"), errorCode);
    }

    private static SendResult Failure(SendOutcome outcome, string error, string? errorCode) => new(outcome, Error: error) { ErrorCode = errorCode };
}
