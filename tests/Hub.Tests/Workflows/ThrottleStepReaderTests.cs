using Hub.Workflows;

namespace Hub.Tests.Workflows;

public sealed class ThrottleStepReaderTests : IDisposable
{
    private readonly StepFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public void A_throttle_is_read()
    {
        var step = Assert.IsType<ThrottleStep>(_files.SingleStep("""
              - id: once-a-day
                throttle: { key: contact.id, limit: 1, per: 24h }
            """));

        Assert.Equal("contact.id", step.Key.Text);
        Assert.Equal(1, step.Limit);
        Assert.Equal(TimeSpan.FromHours(24), step.Per);
    }

    [Fact]
    public void A_limit_below_one_is_reported_with_its_line()
    {
        var error = _files.SingleError("""
              - throttle:
                  key: contact.id
                  limit: 0
                  per: 1d
            """);

        StepFiles.AssertAt(error, 6, "steps[0].throttle.limit", "at least 1");
    }

    [Fact]
    public void A_limit_that_is_not_a_number_is_reported()
    {
        var error = _files.SingleError("""
              - throttle: { key: contact.id, limit: many, per: 1d }
            """);

        StepFiles.AssertAt(error, 4, "steps[0].throttle.limit", "many");
    }

    [Fact]
    public void The_limit_and_window_are_required()
    {
        var limit = _files.SingleError("""
              - throttle: { key: contact.id, per: 1d }
            """);
        StepFiles.AssertAt(limit, 4, "steps[0].throttle.limit", "needs 'limit'");

        var per = _files.SingleError("""
              - throttle: { key: contact.id, limit: 2 }
            """);
        StepFiles.AssertAt(per, 4, "steps[0].throttle.per", "per");
    }
}
