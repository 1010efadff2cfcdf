namespace Hub.Api.Contracts;

/// <summary><c>GET /api/v1/conversations/{id}</c>: the conversation, its messages oldest first, and whether free text may go now.</summary>
/// <param name="ServiceWindowClosesAt">WhatsApp: when free text stops being allowed (24 hours after the contact's last message); null on channels without a window.</param>
public sealed record ConversationDetailResponse(
    ConversationResponse Conversation, IReadOnlyList<ConversationMessageResponse> Messages, bool FreeTextAllowed, DateTimeOffset? ServiceWindowClosesAt);
