using Hub.Templates;
using Hub.Tests.Workflows;
using Hub.Workflows;

namespace Hub.Tests.Templates;

/// <summary>
/// Every shipped template, on each of its channels, in English and Norwegian Bokmål, rendered with the data its
/// workflow's event carries; <c>nb-NO</c> (the usual contact locale in Norway) falls back to <c>nb</c>.
/// </summary>
public sealed class SampleTemplateLocaleTests
{
    private const string Contact = """
        "contact": { "firstName": "Kari", "phone": "+4791234567", "email": "kari@example.com" }
        """;

    private const string Order = """
        "order": { "id": "o-1", "number": "#1001", "total": 1234.5, "currency": "NOK", "url": "https://shop.example/o/1",
                   "carrier": "Posten", "trackingUrl": "https://track.example/ABC123" }
        """;

    private const string Appointment = """
        "appointment": { "id": "a-1", "title": "Hair cut", "start": "2026-03-03T14:30:00Z",
                         "cancelUrl": "https://book.example/c/1", "rescheduleUrl": "https://book.example/r/1" }
        """;

    /// <summary>The event each template is sent for (its workflow's trigger), with the fields its texts use.</summary>
    private static readonly Dictionary<string, (string Type, string Data)> Events = new(StringComparer.Ordinal)
    {
        ["order-confirmation"] = ("order.created", $"{{ {Order}, {Contact} }}"),
        ["order-shipped"] = ("order.shipped", $"{{ {Order}, {Contact} }}"),
        ["review-request"] = ("order.delivered", $"{{ {Order}, {Contact} }}"),
        ["confirm-order-request"] = ("order.created", $"{{ {Order}, {Contact} }}"),
        ["confirm-order-yes"] = ("order.created", $"{{ {Order}, {Contact} }}"),
        ["confirm-order-no"] = ("order.created", $"{{ {Order}, {Contact} }}"),
        ["appointment-booked"] = ("appointment.booked", $"{{ {Appointment}, {Contact} }}"),
        ["appointment-reminder"] = ("appointment.booked", $"{{ {Appointment}, {Contact} }}"),
        ["abandoned-checkout"] = ("checkout.abandoned", $$"""{ "cart": { "id": "c-1", "total": 499, "currency": "NOK", "url": "https://shop.example/cart/c-1" }, {{Contact}} }"""),
        ["verification-code"] = ("message.received", $$"""{ "verification": { "expiresInMinutes": 10, "expiresAt": "2026-03-02T09:10:00Z" }, "secrets": { "code": "482913" }, {{Contact}} }"""),
        ["payment-failed"] = ("payment.failed", $$"""{ "payment": { "id": "p-1", "amount": 99.9, "currency": "NOK", "reason": "card declined" }, {{Order}}, {{Contact}} }"""),
    };

    private static readonly TemplateCatalog Samples = TemplateCatalog.LoadDirectory(RepoPaths.Templates);

    public static TheoryData<string, string> TemplateChannels()
    {
        var data = new TheoryData<string, string>();
        foreach (var template in Samples.All)
        {
            foreach (var channel in template.Channels)
            {
                data.Add(template.Id, channel);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(TemplateChannels))]
    public void Each_channel_renders_in_english_and_bokmal_and_nb_NO_falls_back_to_nb(string templateId, string channel)
    {
        Assert.True(Events.TryGetValue(templateId, out var sample), $"Add the event of template '{templateId}' to this test.");
        var template = Samples.Find(templateId)!;
        var scope = WorkflowScope.Create(SampleEvents.Create(sample.Type, sample.Data), null, new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));

        var en = template.Render(channel, "en", scope);
        var nb = template.Render(channel, "nb", scope);
        var nbNo = template.Render(channel, "nb-NO", scope);

        Assert.Equal("en", en.Locale);
        Assert.Equal("nb", nb.Locale);
        Assert.Equal("nb", nbNo.Locale);
        Assert.Equal((nb.Body, nb.Subject, nb.Html), (nbNo.Body, nbNo.Subject, nbNo.Html));
        Assert.NotEqual(en.Body, nb.Body);
        foreach (var text in new[] { en.Body, nb.Body, en.Subject, nb.Subject, en.Html, nb.Html })
        {
            Assert.DoesNotContain("{{", text ?? "", StringComparison.Ordinal);
        }
        if (channel == "email")
        {
            Assert.False(string.IsNullOrWhiteSpace(en.Subject));
            Assert.False(string.IsNullOrWhiteSpace(nb.Subject));
            Assert.NotEqual(en.Subject, nb.Subject);
        }
    }

    [Fact]
    public void Every_sample_template_has_english_and_bokmal_on_every_channel()
    {
        Assert.All(Samples.All, template => Assert.All(template.Channels, channel =>
        {
            Assert.Contains("en", template.LocalesOf(channel));
            Assert.Contains("nb", template.LocalesOf(channel));
        }));
    }
}
