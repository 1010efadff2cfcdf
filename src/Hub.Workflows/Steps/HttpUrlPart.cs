using Hub.Scripting;

namespace Hub.Workflows;

/// <summary>Text written in the URL as it is, or one <c>{{ expression }}</c> whose value is escaped for where it stands.</summary>
public sealed record HttpUrlPart(string? Literal, HubExpression? Expression);
