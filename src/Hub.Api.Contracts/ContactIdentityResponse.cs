namespace Hub.Api.Contracts;

/// <summary>One way the contact is known: <c>phone</c> (E.164), <c>email</c> (lower case) or <c>source</c> (<c>{connectorId}:{id}</c>).</summary>
public sealed record ContactIdentityResponse(string Kind, string Value, DateTimeOffset CreatedAt);
