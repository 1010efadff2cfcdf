namespace Hub.Host.Api;

public sealed record MessageDetailResponse(MessageResponse Message, IReadOnlyList<SendAttemptResponse> Attempts);
