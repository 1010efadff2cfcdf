using Hub.Scripting;

namespace Hub.Workflows;

/// <summary>
/// An event that acts on running instances (<c>cancel_on</c>, <c>restart_on</c>): its type, an optional condition,
/// and the expression giving the key of the instance it acts on (the workflow's <c>correlate</c> when absent;
/// a reschedule names the old booking in <c>event.data.appointment.previousId</c>).
/// </summary>
public sealed record EventRule(string EventType, HubExpression? Match, HubExpression? Key, int Line);
