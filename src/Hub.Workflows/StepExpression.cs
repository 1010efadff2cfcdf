using Hub.Scripting;

namespace Hub.Workflows;

/// <summary>
/// An expression a step evaluates, with its field (for errors) and the event type it reads as <c>event</c>: null for
/// the instance's trigger event, or the type of the event it waits for (a wait_for's <c>match</c>).
/// </summary>
public sealed record StepExpression(string Field, HubExpression Expression, string? EventType = null);
