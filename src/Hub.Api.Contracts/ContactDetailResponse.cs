namespace Hub.Api.Contracts;

/// <summary>
/// One contact: its identities, its consent per channel and purpose (<c>{"sms": {"marketing": "opted_out"}}</c>:
/// <c>opted_in</c>, <c>opted_out</c>, <c>unknown</c>) and every change of it, newest first.
/// </summary>
public sealed record ContactDetailResponse(
    ContactResponse Contact,
    IReadOnlyList<ContactIdentityResponse> Identities,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Consent,
    IReadOnlyList<ConsentChangeResponse> History);
