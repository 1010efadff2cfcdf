namespace Hub.Tests.Events;

/// <summary>A minimal valid and a broken data object for every catalogued type; each broken one fails a different rule.</summary>
internal static class EventExamples
{
    private const string Order = """{ "order": { "id": "1001" } }""";
    private const string Appointment = """{ "appointment": { "id": "a-1", "start": "2026-03-01T09:30:00+01:00" } }""";
    private const string Contact = """{ "contact": { "id": "c-1" } }""";
    private const string Ticket = """{ "ticket": { "id": "t-1" } }""";

    public static IReadOnlyDictionary<string, EventExample> ByType { get; } = new EventExample[]
    {
        new("order.created", Order, """{ "order": { "id": 1001 } }""",
            "data.order.id", "expected a string, found a number"),
        new("order.paid", Order, """{ "order": { "id": "1001", "total": "25.00", "currency": "EUR" } }""",
            "data.order.total", "expected a number, found a string"),
        new("order.shipped", Order, """{ "order": { "id": "1001", "trackingUrl": "ups.com/track?n=1Z999" } }""",
            "data.order.trackingUrl", "\"ups.com/track?n=1Z999\" is not an absolute http(s) URL"),
        new("order.delivered", Order, """{ "order": { "number": "#1001" } }""",
            "data.order.id", "required, but missing"),
        new("order.cancelled", Order, """{ "order": { "id": "1001", "total": 10 } }""",
            "data.order.currency", "required when total is given, but missing"),
        new("order.refunded", Order, """{ "order": { "id": "1001" }, "payment": { "amount": 5, "currency": "eur" } }""",
            "data.payment.currency", "\"eur\" is not an ISO 4217 currency code"),
        new("checkout.started", """{ "cart": { "id": "cart-1" } }""",
            """{ "cart": { "id": "cart-1", "currency": "USD", "items": [ { "sku": "A", "quantity": 1, "price": "9.99" } ] } }""",
            "data.cart.items[0].price", "expected a number, found a string"),
        new("payment.failed", """{ "payment": { "id": "pi_1" } }""", Order,
            "data.payment", "required, but missing"),
        new("appointment.booked", Appointment, """{ "appointment": { "id": "a-1", "start": "2026-03-01 09:30" } }""",
            "data.appointment.start", "\"2026-03-01 09:30\" is not an ISO 8601 date-time with offset"),
        new("appointment.rescheduled", Appointment, """{ "appointment": { "id": "a-1", "start": "2026-03-01T09:30:00" } }""",
            "data.appointment.start", "\"2026-03-01T09:30:00\" is not an ISO 8601 date-time with offset"),
        new("appointment.cancelled", Appointment, """{ "appointment": { "id": "a-1" } }""",
            "data.appointment.start", "required, but missing"),
        new("contact.created", Contact, """{ "contact": { "id": "c-1", "phone": "555" } }""",
            "data.contact.phone", "\"555\" is not an E.164 phone number"),
        new("contact.updated", Contact, """{ "contact": { "id": "c-1", "locale": "en_US" } }""",
            "data.contact.locale", "\"en_US\" is not a BCP 47 locale"),
        new("deal.stage_changed", """{ "deal": { "id": "d-1", "stage": "won" } }""", """{ "deal": { "id": "d-1" } }""",
            "data.deal.stage", "required, but missing"),
        new("ticket.created", Ticket, """{ "ticket": { "id": "" } }""",
            "data.ticket.id", "expected a non-empty string, found \"\""),
        new("ticket.solved", Ticket, """{ "ticket": { "id": "t-1" }, "contact": { "email": "jon at example.com" } }""",
            "data.contact.email", "\"jon at example.com\" is not an email address"),
        new("message.received", """{ "message": { "channel": "sms", "from": "+4791234567", "text": "STOP" } }""",
            """{ "message": { "channel": "sms", "from": "+4791234567" } }""",
            "data.message.text", "required, but missing"),
    }.ToDictionary(e => e.Type, StringComparer.Ordinal);

    public static TheoryData<string> Types { get; } = [.. ByType.Keys];
}
