using Hub.Channels;

namespace Hub.IntegrationTests.Channels;

/// <summary>
/// What every channel provider plugin must do, inherited once per plugin with its own fixture: a sent message
/// arrives; answers are classified (2xx sent, refusals permanent, outages, throttling and timeouts transient);
/// a throttling answer carries the wait it asked for; a retry after an outage carries the same idempotency key and
/// succeeds; callbacks (receipts, inbound messages) map to Hub's one lifecycle and forged ones are refused; and
/// neither the recipient nor the text ever reaches the log.
/// </summary>
public abstract class ChannelProviderCompliance<TFixture>(TFixture fixture) where TFixture : class, IChannelProviderFixture
{
    protected TFixture Fixture { get; } = fixture;

    /// <summary>A message on the fixture's <see cref="IChannelProviderFixture.Channel"/> (sms unless the provider carries no sms).</summary>
    protected OutboundMessage NewMessage() => NewMessage(Fixture.Channel);

    protected static OutboundMessage NewMessage(string channel) => new()
    {
        Id = Guid.CreateVersion7().ToString(),
        Channel = channel,
        To = channel == "email" ? $"compliance-{Guid.NewGuid():N}@example.com" : "+4791234567",
        Subject = channel == "email" ? "Your order #C-42" : null,
        Body = $"Compliance body {Guid.NewGuid():N}",
        EventId = "evt-compliance",
        WorkflowId = "order-confirmation",
        CreatedAt = DateTimeOffset.UtcNow,
    };

    [Fact]
    public async Task A_sent_message_arrives_once_as_sent()
    {
        Fixture.Answer(FarSideAnswer.Accepts);
        var message = NewMessage();

        var result = await Fixture.SendAsync(message);

        Assert.True(result.Succeeded, result.Error);
        Assert.Contains(result.Outcome, new[] { SendOutcome.Accepted, SendOutcome.Delivered });
        var arrived = Assert.Single(await Fixture.ArrivalsOfAsync(message.Id));
        Assert.Equal(message.To, arrived.To);
        Assert.Equal(message.Body, arrived.Body);
    }

    [Fact]
    public async Task It_carries_every_channel_it_says_it_supports()
    {
        Fixture.Answer(FarSideAnswer.Accepts);
        foreach (var channel in Hub.Core.Channels.ChannelNames.All.Where(Fixture.Provider.Supports))
        {
            var message = NewMessage(channel);
            Assert.True((await Fixture.SendAsync(message)).Succeeded, channel);
            Assert.Single(await Fixture.ArrivalsOfAsync(message.Id));
        }
        Assert.False(Fixture.Provider.Supports("carrier-pigeon"));
    }

    [Theory]
    [InlineData(FarSideAnswer.Refuses, SendOutcome.PermanentFailure)]
    [InlineData(FarSideAnswer.IsUnavailable, SendOutcome.TransientFailure)]
    [InlineData(FarSideAnswer.Throttles, SendOutcome.TransientFailure)]
    [InlineData(FarSideAnswer.Hangs, SendOutcome.TransientFailure)]
    public async Task Failures_are_classified(FarSideAnswer answer, SendOutcome expected)
    {
        if (!Fixture.CanAnswer(answer))
        {
            return;
        }
        Fixture.Answer(answer);

        var result = await Fixture.SendAsync(NewMessage());

        Assert.Equal(expected, result.Outcome);
        Assert.False(string.IsNullOrWhiteSpace(result.Error));
    }

    [Fact]
    public async Task A_repeated_send_carries_the_same_idempotency_key()
    {
        Fixture.Answer(FarSideAnswer.Accepts);
        var message = NewMessage();

        var first = await Fixture.SendAsync(message);
        var second = await Fixture.SendAsync(message);

        Assert.Equal(first.ProviderMessageId, second.ProviderMessageId);
        var arrivals = await Fixture.ArrivalsOfAsync(message.Id);
        Assert.NotEmpty(arrivals);
        Assert.All(arrivals, a => Assert.Equal(message.Id, a.IdempotencyKey));
    }

    [Fact]
    public async Task Neither_the_recipient_nor_the_text_is_ever_logged()
    {
        var message = NewMessage("email");
        foreach (var answer in Enum.GetValues<FarSideAnswer>().Where(Fixture.CanAnswer))
        {
            Fixture.Answer(answer);
            await Fixture.SendAsync(message);
        }

        Assert.All(Fixture.Logs.Lines, line =>
        {
            Assert.DoesNotContain(message.To, line, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(message.Body, line, StringComparison.Ordinal);
            Assert.DoesNotContain(message.Subject!, line, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task A_retryable_failure_then_success_is_one_message_with_one_key()
    {
        if (!Fixture.CanAnswer(FarSideAnswer.IsUnavailable))
        {
            return;
        }
        var message = NewMessage();
        Fixture.Answer(FarSideAnswer.IsUnavailable);
        var failed = await Fixture.SendAsync(message);
        Fixture.Answer(FarSideAnswer.Accepts);
        var retried = await Fixture.SendAsync(message);

        Assert.Equal(SendOutcome.TransientFailure, failed.Outcome);
        Assert.True(retried.Succeeded, retried.Error);
        // The far side may or may not have seen the failed call (an HTTP 503 did, a sandbox outage did not); each carried the key.
        var arrivals = await Fixture.ArrivalsOfAsync(message.Id);
        Assert.InRange(arrivals.Count, 1, 2);
        Assert.All(arrivals, a => Assert.Equal(message.Id, a.IdempotencyKey));
    }

    [Fact]
    public async Task Throttling_carries_the_wait_the_provider_asked_for()
    {
        if (!Fixture.CanAnswer(FarSideAnswer.Throttles))
        {
            return;
        }
        Fixture.Answer(FarSideAnswer.Throttles);

        var result = await Fixture.SendAsync(NewMessage());

        Assert.Equal(SendOutcome.TransientFailure, result.Outcome);
        Assert.Equal(Fixture.ThrottleRetryAfter, result.RetryAfter);
    }

    [Fact]
    public void Documented_callbacks_map_to_the_one_lifecycle()
    {
        if (Fixture.Provider is not IProviderCallbacks callbacks)
        {
            Assert.Empty(Fixture.CallbackSamples);
            return;
        }
        Assert.NotEmpty(Fixture.CallbackSamples);
        foreach (var sample in Fixture.CallbackSamples)
        {
            var result = callbacks.Handle(Fixture.Configuration, sample.Callback);

            Assert.True(result.Accepted, $"{sample.Name}: {result.StatusCode} {result.Error}");
            Assert.Equal(sample.Receipts.Count, result.Receipts.Count);
            foreach (var (expected, actual) in sample.Receipts.Zip(result.Receipts))
            {
                Assert.Equal(expected.Status, actual.Status);
                Assert.Equal(expected.MessageId, actual.MessageId);
                Assert.Equal(expected.ProviderMessageId, actual.ProviderMessageId);
                if (expected.ErrorCode is not null)
                {
                    Assert.Equal(expected.ErrorCode, actual.ErrorCode);
                }
            }
            Assert.Equal(sample.InboundTexts, result.Inbound.Select(m => m.Text).ToList());
            Assert.Equal(sample.ConsentSignals, result.ConsentSignals);
            if (sample.ResponseBody is not null)
            {
                Assert.Equal(sample.ResponseBody, result.ResponseBody);
            }
        }
    }

    [Fact]
    public void Forged_callbacks_are_refused_and_yield_nothing()
    {
        if (Fixture.Provider is not IProviderCallbacks callbacks)
        {
            return;
        }
        Assert.NotEmpty(Fixture.ForgedCallbacks);
        foreach (var forged in Fixture.ForgedCallbacks)
        {
            var result = callbacks.Handle(Fixture.Configuration, forged.Callback);

            Assert.Equal(401, result.StatusCode);
            Assert.Empty(result.Receipts);
            Assert.Empty(result.Inbound);
            Assert.Empty(result.ConsentSignals);
            Assert.False(string.IsNullOrWhiteSpace(result.Error), forged.Name);
        }
    }
}
