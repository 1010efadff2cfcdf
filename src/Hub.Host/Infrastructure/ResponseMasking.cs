using Hub.Access.Masking;
using Hub.Api.Contracts;

namespace Hub.Host.Infrastructure;

/// <summary>
/// The masked copy of an answer for a viewer: phone numbers, emails and names (<see cref="PersonalDataMask"/>),
/// message bodies and texts. Knows every response that carries personal data; anything else passes unchanged.
/// </summary>
internal static class ResponseMasking
{
    /// <summary>The value masked, or the same instance when it carries nothing to mask.</summary>
    public static object? Mask(object? value) => value switch
    {
        MessageResponse m => Message(m),
        MessageDetailResponse d => d with { Message = Message(d.Message), Html = PersonalDataMask.Text(d.Html), MovedOnReason = PersonalDataMask.InText(d.MovedOnReason) },
        ContactResponse c => Contact(c),
        ContactDetailResponse d => d with
        {
            Contact = Contact(d.Contact),
            Identities = [.. d.Identities.Select(i => i.Kind is "phone" or "email" ? i with { Value = PersonalDataMask.Address(i.Value)! } : i)],
            History = [.. d.History.Select(h => h with { Evidence = PersonalDataMask.InText(h.Evidence) })],
        },
        ConversationResponse c => Conversation(c),
        ConversationDetailResponse d => d with
        {
            Conversation = Conversation(d.Conversation),
            Messages = [.. d.Messages.Select(m => m with { Text = PersonalDataMask.Text(m.Text) ?? "" })],
        },
        SandboxMessageResponse s => Sandbox(s),
        IEnumerable<MessageResponse> list => list.Select(Message).ToList(),
        IEnumerable<ContactResponse> list => list.Select(Contact).ToList(),
        IEnumerable<ConversationResponse> list => list.Select(Conversation).ToList(),
        IEnumerable<SandboxMessageResponse> list => list.Select(Sandbox).ToList(),
        _ => value,
    };

    private static MessageResponse Message(MessageResponse m) => m with
    {
        To = PersonalDataMask.Address(m.To)!,
        Subject = PersonalDataMask.Text(m.Subject),
        Body = PersonalDataMask.Text(m.Body) ?? "",
        LastError = PersonalDataMask.InText(m.LastError),
    };

    private static ContactResponse Contact(ContactResponse c) => c with
    {
        FirstName = PersonalDataMask.Name(c.FirstName),
        LastName = PersonalDataMask.Name(c.LastName),
        Phone = PersonalDataMask.Address(c.Phone),
        Email = PersonalDataMask.Address(c.Email),
    };

    private static SandboxMessageResponse Sandbox(SandboxMessageResponse s) => s with
    {
        From = PersonalDataMask.Address(s.From),
        To = PersonalDataMask.Address(s.To)!,
        Subject = PersonalDataMask.Text(s.Subject),
        Text = PersonalDataMask.Text(s.Text) ?? "",
        Html = PersonalDataMask.Text(s.Html),
        Rich = null,
    };

    private static ConversationResponse Conversation(ConversationResponse c) => c with { Address = PersonalDataMask.Address(c.Address)! };
}
