using Hub.Channels;

namespace Hub.IntegrationTests.Channels;

/// <summary>
/// What every channel provider plugin must do, inherited once per plugin with its own fixture: a sent message
/// arrives; answers are classified (2xx sent, refusals permanent, outages, throttling and timeouts transient);
/// a repeat carries the same idempotency key; and neither the recipient nor the text ever reaches the log.
/// </summary>
public abstract class ChannelProviderCompliance<TFixture>(TFixture fixture) where TFixture : class, IChannelProviderFixture
{
    protected TFixture Fixture { get; } = fixture;

    protected static OutboundMessage NewMessage(string channel = "sms") => new()
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
}
