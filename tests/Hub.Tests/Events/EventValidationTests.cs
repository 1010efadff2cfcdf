using Hub.Events;

namespace Hub.Tests.Events;

public sealed class EventValidationTests
{
    [Theory]
    [MemberData(nameof(EventExamples.Types), MemberType = typeof(EventExamples))]
    public void The_minimal_example_is_valid(string type)
    {
        Assert.Empty(EventData.Errors(type, EventExamples.ByType[type].Valid));
    }

    [Theory]
    [MemberData(nameof(EventExamples.Types), MemberType = typeof(EventExamples))]
    public void The_broken_example_fails_at_the_right_field_saying_why(string type)
    {
        var example = EventExamples.ByType[type];

        Assert.Equal([$"{example.Path}: {example.Message}"], EventData.Errors(type, example.Broken));
    }

    [Theory]
    [MemberData(nameof(EventExamples.Types), MemberType = typeof(EventExamples))]
    public void Empty_data_lacks_the_types_required_object(string type)
    {
        var error = Assert.Single(EventCatalog.Default.Validate(type, EventData.Parse("{}")));

        Assert.Matches(@"^data\.(order|cart|payment|appointment|contact|deal|ticket|message)$", error.Path);
        Assert.Equal("required, but missing", error.Message);
    }

    [Fact]
    public void A_64_bit_id_mapped_as_a_number_is_rejected()
    {
        Assert.Equal(
            ["data.contact.id: expected a string, found a number", "data.order.id: expected a string, found a number"],
            EventData.Errors("order.created", """{ "order": { "id": 820982911946154508 }, "contact": { "id": 115310627314723954 } }""")
                .Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Any_field_named_like_an_id_must_be_a_string_even_outside_the_vocabulary()
    {
        Assert.Equal(
            ["data.order.items[1].productId: expected a string, found a number", "data.shopId: expected a string, found a number"],
            EventData.Errors("order.created", """
                { "shopId": 7, "order": { "id": "1", "items": [ { "productId": "632910392" }, { "productId": 632910392 } ] } }
                """).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_field_failing_two_rules_the_same_way_is_reported_once()
    {
        // fulfillmentId is a named order property and also matches the "...Id" rule.
        Assert.Equal(
            ["data.order.fulfillmentId: expected a string, found a number"],
            EventData.Errors("order.shipped", """{ "order": { "id": "1", "fulfillmentId": 255858046 } }"""));
    }

    [Fact]
    public void Contact_is_optional_but_typed_when_present()
    {
        Assert.Empty(EventData.Errors("order.created", """{ "order": { "id": "1" } }"""));
        Assert.Equal(
            ["data.contact: expected an object, found a string"],
            EventData.Errors("order.created", """{ "order": { "id": "1" }, "contact": "jon@example.com" }"""));
    }

    [Fact]
    public void Unknown_fields_are_allowed_anywhere()
    {
        Assert.Empty(EventData.Errors("order.created", """
            {
              "order": { "id": "1", "giftMessage": "Happy birthday", "discounts": [ { "code": "X", "amount": 5 } ],
                         "items": [ { "sku": "A", "quantity": 1, "price": 2.5, "vendor": "Acme" } ] },
              "contact": { "id": "c", "company": "Acme" },
              "shop": { "domain": "jsmith.myshopify.com" }
            }
            """));
    }

    [Fact]
    public void Known_fields_deep_in_arrays_are_named_with_their_index()
    {
        Assert.Equal(
            [
                "data.order.items[0].quantity: expected a number, found a string",
                "data.order.items[2].price: expected a number, found null",
                "data.order.items[3]: expected an object, found a string",
            ],
            EventData.Errors("order.created", """
                { "order": { "id": "1", "currency": "USD", "items": [
                  { "sku": "A", "quantity": "1" }, { "sku": "B" }, { "sku": "C", "price": null }, "D" ] } }
                """).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Null_is_not_a_value_a_field_without_one_is_left_out()
    {
        Assert.Equal(
            ["data.order.trackingUrl: expected a string, found null"],
            EventData.Errors("order.shipped", """{ "order": { "id": "1", "trackingUrl": null } }"""));
    }

    [Fact]
    public void Every_error_is_reported_not_just_the_first()
    {
        Assert.Equal(
            [
                "data.appointment.end: \"tomorrow\" is not an ISO 8601 date-time with offset",
                "data.appointment.id: required, but missing",
                "data.appointment.timeZone: \"Central European Time\" is not an IANA time zone name",
                "data.contact.phone: expected a string, found a number",
            ],
            EventData.Errors("appointment.booked", """
                { "appointment": { "start": "2026-03-01T09:30:00Z", "end": "tomorrow", "timeZone": "Central European Time" },
                  "contact": { "phone": 4791234567 } }
                """).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Consent_is_typed_per_channel_and_purpose()
    {
        const string Valid = """
            { "contact": { "id": "c", "consent": {
                "sms": { "marketing": { "status": "granted", "updatedAt": "2026-01-05T10:00:00Z", "source": "checkout" },
                         "transactional": { "status": "granted" } },
                "email": { "marketing": { "status": "denied" } } } } }
            """;
        Assert.Empty(EventData.Errors("contact.updated", Valid));
        Assert.Equal(
            ["data.contact.consent.sms.marketing.status: expected one of \"granted\", \"denied\", \"pending\", found \"yes\""],
            EventData.Errors("contact.updated", """{ "contact": { "id": "c", "consent": { "sms": { "marketing": { "status": "yes" } } } } }"""));
        Assert.Equal(
            ["data.contact.consent.whatsapp: expected an object, found a boolean"],
            EventData.Errors("contact.updated", """{ "contact": { "id": "c", "consent": { "whatsapp": true } } }"""));
    }

    [Fact]
    public void Odd_property_names_are_quoted_in_the_path()
    {
        Assert.Equal(
            ["data.contact.consent[\"sms-2way\"].marketing: expected an object, found a string"],
            EventData.Errors("contact.updated", """{ "contact": { "id": "c", "consent": { "sms-2way": { "marketing": "granted" } } } }"""));
    }

    [Fact]
    public void Long_values_are_shortened_in_messages()
    {
        var error = Assert.Single(EventData.Errors("contact.created", $$"""{ "contact": { "id": "c", "phone": "{{new string('9', 500)}}" } }"""));

        Assert.True(error.Length < 140, error);
        Assert.EndsWith("…\" is not an E.164 phone number", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Validation_leaves_the_data_as_it_was()
    {
        var data = EventData.Parse("""{ "order": { "id": 5, "total": 1.10 } }""");
        var before = data.ToJsonString();

        EventCatalog.Default.Validate("order.created", data);

        Assert.Equal(before, data.ToJsonString());
    }

    [Fact]
    public void Validation_is_safe_to_run_in_parallel()
    {
        var results = Enumerable.Range(0, 200).AsParallel().AsOrdered().Select(i => i % 2 == 0
            ? EventData.Errors("order.created", """{ "order": { "id": "1", "currency": "USD", "total": 3 } }""").Length
            : EventData.Errors("order.created", """{ "order": { "id": 1 } }""").Length).ToList();

        Assert.All(results.Where((_, i) => i % 2 == 0), n => Assert.Equal(0, n));
        Assert.All(results.Where((_, i) => i % 2 == 1), n => Assert.Equal(1, n));
    }
}
