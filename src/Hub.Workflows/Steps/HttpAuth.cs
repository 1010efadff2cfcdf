using Hub.Scripting;

namespace Hub.Workflows;

/// <summary>
/// Credentials of an <c>http</c> step: a bearer token, or a user name and password (basic). Rendered when the step
/// runs and never written to the journal or a log.
/// </summary>
public sealed record HttpAuth
{
    public HubTemplate? Bearer { get; init; }

    public HubTemplate? Username { get; init; }

    public HubTemplate? Password { get; init; }
}
