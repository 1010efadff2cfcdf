using Hub.Workflows;

namespace Hub.Tests.Workflows;

public sealed class StepRetryReaderTests : IDisposable
{
    private readonly StepFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public void A_step_without_retry_has_the_default_policy()
    {
        var step = _files.SingleStep("""
              - send: { template: t, channels: [sms] }
            """);

        Assert.Same(StepRetry.Default, step.Retry);
    }

    [Fact]
    public void Retry_beside_any_kind_is_read()
    {
        var step = _files.SingleStep("""
              - id: lookup
                http: { url: "https://crm.example.com/x" }
                retry: { attempts: 7, backoff: 30s, max_backoff: 1h }
            """);

        Assert.Equal(new StepRetry(7, TimeSpan.FromSeconds(30), TimeSpan.FromHours(1)), step.Retry);
    }

    [Fact]
    public void Attempts_alone_keeps_the_default_waits()
    {
        var step = _files.SingleStep("""
              - send: { template: t, channels: [sms] }
                retry: { attempts: 1 }
            """);

        Assert.Equal(1, step.Retry.Attempts);
        Assert.Equal(StepRetry.Default.Backoff, step.Retry.Backoff);
        Assert.Equal(StepRetry.Default.MaxBackoff, step.Retry.MaxBackoff);
    }

    [Theory]
    [InlineData("retry: { attempts: 0 }", 5, "steps[0].retry.attempts", "use 1 (no retry) to 20")]
    [InlineData("retry: { attempts: 21 }", 5, "steps[0].retry.attempts", "use 1 (no retry) to 20")]
    [InlineData("retry: { backoff: 500 }", 5, "steps[0].retry.backoff", "not a duration from 1s to 1d")]
    [InlineData("retry: { backoff: 1m, max_backoff: 30s }", 5, "steps[0].retry.max_backoff", "not a duration from 1m to 1d")]
    [InlineData("retry: { tries: 3 }", 5, "steps[0].retry.tries", "tries")]
    [InlineData("retry: 3", 5, "steps[0].retry", "'retry' is a mapping")]
    public void A_wrong_policy_is_reported_at_its_line(string retry, int line, string field, string messagePart)
    {
        var error = _files.SingleError($"""
              - send: {"{"} template: t, channels: [sms] {"}"}
                {retry}
            """);

        StepFiles.AssertAt(error, line, field, messagePart);
    }

    [Fact]
    public void Each_wait_doubles_up_to_the_longest()
    {
        var policy = new StepRetry(6, TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(45));

        Assert.Equal([10, 20, 40, 45, 45], Enumerable.Range(1, 5).Select(n => policy.DelayAfter(n).TotalSeconds));
    }
}
