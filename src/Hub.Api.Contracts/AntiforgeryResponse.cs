namespace Hub.Api.Contracts;

/// <summary>
/// Answer to <c>GET /account/antiforgery</c>: the token to send in the sign-in form's <see cref="FormFieldName"/> field
/// and, once signed in (fetch a new one then: a token belongs to who asked for it), in the <see cref="HeaderName"/>
/// header of every request that changes something.
/// </summary>
public sealed record AntiforgeryResponse(string Token, string HeaderName, string FormFieldName);
