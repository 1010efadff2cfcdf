namespace Hub.TimerBench;

/// <summary>
/// The appointment flow, per booking: the webhook's answer, booking → confirmation composed, and the reminder's
/// lateness (composed − due, where due is the appointment's start − 24 h); -1 where a reminder never came.
/// </summary>
internal sealed record FlowResult(int Round, int Bookings, IReadOnlyList<double> AnswerMs, IReadOnlyList<double> ConfirmationMs, IReadOnlyList<double> ReminderLateMs, int Reminded);
