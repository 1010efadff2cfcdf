namespace Hub.Api.Contracts;

public sealed record MessageDetailResponse(MessageResponse Message, IReadOnlyList<SendAttemptResponse> Attempts);
