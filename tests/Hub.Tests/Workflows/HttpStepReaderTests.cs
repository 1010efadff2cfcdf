using Hub.Workflows;

namespace Hub.Tests.Workflows;

public sealed class HttpStepReaderTests : IDisposable
{
    private readonly StepFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public void A_full_http_step_is_read_with_its_templates_and_defaults()
    {
        var step = Assert.IsType<HttpStep>(_files.SingleStep("""
              - id: confirm
                http:
                  method: POST
                  url: "https://crm.example.com/appointments/{{ event.data.appointment.id }}/confirm?by={{ contact.id }}"
                  headers: { X-Request-Id: "{{ event.id }}" }
                  body: { status: '"confirmed"', total: event.data.order.total }
                  auth: { bearer: "{{ vars.token }}" }
            """));

        Assert.Equal("POST", step.Method);
        Assert.Equal(4, step.Url.Parts.Count);
        Assert.Equal("event.data.appointment.id", step.Url.Parts[1].Expression!.Text);
        Assert.Equal("X-Request-Id", Assert.Single(step.Headers).Key);
        Assert.Equal(["status", "total"], step.JsonBody!.Select(f => f.Key));
        Assert.NotNull(step.Auth!.Bearer);
        Assert.Equal(HttpStep.DefaultTimeout, step.Timeout);
        Assert.Equal(HttpStep.DefaultRetries, step.Retries);
    }

    [Fact]
    public void The_url_is_required()
    {
        var error = _files.SingleError("""
              - http: { method: GET }
            """);

        StepFiles.AssertAt(error, 4, "steps[0].http.url", "url");
    }

    [Fact]
    public void A_relative_url_is_rejected_with_its_line()
    {
        var error = _files.SingleError("""
              - id: call
                http:
                  url: /contacts/{{ contact.id }}
            """);

        StepFiles.AssertAt(error, 6, "steps[0].http.url", "not an absolute http or https URL");
    }

    [Fact]
    public void A_broken_expression_in_the_url_is_reported()
    {
        var error = _files.SingleError("""
              - http:
                  url: "https://crm.example.com/{{ contact.id | }}"
            """);

        StepFiles.AssertAt(error, 5, "steps[0].http.url", "contact.id |");
    }

    [Fact]
    public void An_unclosed_value_in_the_url_is_reported()
    {
        var error = _files.SingleError("""
              - http:
                  url: "https://crm.example.com/{{ contact.id"
            """);

        StepFiles.AssertAt(error, 5, "steps[0].http.url", "no closing");
    }

    [Fact]
    public void Credentials_belong_in_auth_not_in_a_header()
    {
        var error = _files.SingleError("""
              - http:
                  url: https://crm.example.com/x
                  headers:
                    Authorization: Bearer abc
            """);

        StepFiles.AssertAt(error, 7, "steps[0].http.headers.Authorization", "'auth'");
    }

    [Fact]
    public void A_get_with_a_body_is_rejected()
    {
        var error = _files.SingleError("""
              - http:
                  url: https://crm.example.com/x
                  body: "{}"
            """);

        StepFiles.AssertAt(error, 6, "steps[0].http.body", "sends no body");
    }

    [Fact]
    public void Retries_and_timeout_are_bounded()
    {
        var retries = _files.SingleError("""
              - http:
                  url: https://crm.example.com/x
                  retries: 9
            """);
        StepFiles.AssertAt(retries, 6, "steps[0].http.retries", "use 0 to 3");

        var timeout = _files.SingleError("""
              - http:
                  url: https://crm.example.com/x
                  timeout: 5m
            """);
        StepFiles.AssertAt(timeout, 6, "steps[0].http.timeout", "from 1s to 30s");
    }

    [Fact]
    public void Auth_connector_is_reported_as_not_supported_yet()
    {
        var error = _files.SingleError("""
              - http:
                  url: https://crm.example.com/x
                  auth: connector
            """);

        StepFiles.AssertAt(error, 6, "steps[0].http.auth", "not supported yet");
    }

    [Fact]
    public void An_unknown_method_is_reported()
    {
        var error = _files.SingleError("""
              - http:
                  method: FETCH
                  url: https://crm.example.com/x
            """);

        StepFiles.AssertAt(error, 5, "steps[0].http.method", "FETCH");
    }
}
