using System.Text.Json.Nodes;
using Hub.Connectors;

namespace Hub.Tests.Connectors.Engine;

public sealed class FormBodyTests : IDisposable
{
    private readonly TempSpecDirectory _specs = new();
    private readonly ConnectorDefinition _form;

    public FormBodyTests()
    {
        _form = _specs.Load("acuity", """
            type: acuity
            name: Acuity Scheduling
            format: form
            verify: { scheme: none }
            event_type: body.action
            routes:
              scheduled:
                emit: appointment.booked
                subject: body.id
                data:
                  appointment: { id: body.id, calendarId: body.calendarID, typeId: body.appointmentTypeID | integer }
            """);
    }

    public void Dispose() => _specs.Dispose();

    private JsonNode Parse(string body) => _form.ParseBody(TestRequests.Of(body));

    [Fact]
    public async Task An_acuity_notification_maps_from_form_fields()
    {
        var request = TestRequests.Of("action=scheduled&id=123456&calendarID=2345&appointmentTypeID=3456");

        var e = Assert.Single((await _form.NormalizeRequestAsync(request, new ConnectorContext("a-1", []))).Events);

        Assert.Equal(("appointment.booked", "123456"), (e.Type, e.Subject));
        Assert.Equal("""{"appointment":{"id":"123456","calendarId":"2345","typeId":3456}}""", e.Data.ToJsonString());
        Assert.Equal(["application/x-www-form-urlencoded"], _form.ContentTypes);
    }

    [Fact]
    public void Values_are_decoded_and_repeated_names_become_arrays()
    {
        var body = Parse("name=J%C3%B8rn+Doe&tag=a&tag=b&tag=c&flag&empty=&items%5B%5D=x");

        var expected = JsonNode.Parse("""{"name":"Jørn Doe","tag":["a","b","c"],"flag":"","empty":"","items[]":"x"}""");
        Assert.True(JsonNode.DeepEquals(expected, body), body.ToJsonString());
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("  \n", "empty")]
    [InlineData("""{"action": "scheduled"}""", "looks like JSON or XML")]
    [InlineData("action=scheduled&id=12%zz", "field 2 ('id=12%zz') has a bad %-escape")]
    [InlineData("action=sch%FFeduled", "field 1")]
    [InlineData("id=1%2", "bad %-escape")]
    public void Bodies_that_are_not_form_fields_say_why(string body, string expected)
    {
        var ex = Assert.Throws<InvalidWebhookBodyException>(() => Parse(body));

        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
    }
}
