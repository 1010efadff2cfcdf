using Hub.Api.Contracts;

namespace Hub.Host.Api;

/// <summary>What a send through the API came to: the answer (new or repeated for its key), field errors, or a problem.</summary>
internal sealed record DirectSendOutcome(SendMessageResponse? Response, bool Replayed, Dictionary<string, string[]>? Errors, DirectSendProblem? Problem)
{
    public static DirectSendOutcome Answer(SendMessageResponse response, bool replayed) => new(response, replayed, null, null);

    public static DirectSendOutcome Invalid(Dictionary<string, string[]> errors) => new(null, false, errors, null);

    public static DirectSendOutcome Refused(string title, string detail) => new(null, false, null, new DirectSendProblem(title, detail));
}
