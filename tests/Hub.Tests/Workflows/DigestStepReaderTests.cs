using Hub.Workflows;

namespace Hub.Tests.Workflows;

public sealed class DigestStepReaderTests : IDisposable
{
    private readonly StepFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public void A_digest_is_read()
    {
        var step = Assert.IsType<DigestStep>(_files.SingleStep("""
              - id: collect
                digest: { key: contact.id, window: 30m }
            """));

        Assert.Equal("contact.id", step.Key.Text);
        Assert.Equal(TimeSpan.FromMinutes(30), step.Window);
    }

    [Fact]
    public void The_window_is_required()
    {
        var error = _files.SingleError("""
              - id: collect
                digest: { key: contact.id }
            """);

        StepFiles.AssertAt(error, 5, "steps[0].digest.window", "window");
    }

    [Fact]
    public void A_window_that_is_not_a_duration_is_reported_with_its_line()
    {
        var error = _files.SingleError("""
              - id: collect
                digest:
                  key: contact.id
                  window: half an hour
            """);

        StepFiles.AssertAt(error, 7, "steps[0].digest.window", "not a duration");
    }

    [Fact]
    public void A_bad_key_expression_is_reported()
    {
        var error = _files.SingleError("""
              - digest:
                  key: contact.id +
                  window: 1h
            """);

        StepFiles.AssertAt(error, 5, "steps[0].digest.key", "contact.id +");
    }

    [Fact]
    public void An_unknown_field_is_reported()
    {
        var error = _files.SingleError("""
              - digest:
                  key: contact.id
                  window: 1h
                  limit: 3
            """);

        StepFiles.AssertAt(error, 7, "steps[0].digest.limit", "limit");
    }
}
