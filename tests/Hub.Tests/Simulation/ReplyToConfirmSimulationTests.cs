using static Hub.Tests.Simulation.SampleSimulator;

namespace Hub.Tests.Simulation;

public sealed class ReplyToConfirmSimulationTests
{
    private const string Order = """
        "event": {"type": "order.created", "time": "2026-03-02T09:00:00Z", "data": {
          "order": {"id": "o-9", "number": "#1009", "status": "unconfirmed", "total": 250, "currency": "NOK"},
          "contact": {"phone": "+4791234567", "locale": "nb-NO"}}}
        """;

    private static string Reply(string at, string text, string from = "+4791234567") => """
        {"at": "AT", "event": {"type": "message.received", "data": {"message": {"channel": "sms", "from": "FROM", "text": "TEXT"}}}}
        """.Replace("AT", at, StringComparison.Ordinal).Replace("FROM", from, StringComparison.Ordinal).Replace("TEXT", text, StringComparison.Ordinal);

    [Fact]
    public async Task Asks_for_yes_or_no()
    {
        var result = await RunAsync("reply-to-confirm", $"{{{Order}, \"followUps\": [{Reply("+2h", " yes ")}]}}");

        var ask = result.Messages[0];
        Assert.Equal(T0, ask.At);
        Assert.Equal("sms", ask.Channel);
        Assert.Equal("Bekreft ordre #1009 (250.00 NOK): svar JA eller NEI.", ask.Body);
    }

    [Theory]
    [InlineData(" yes ")]
    [InlineData("Ja")]
    public async Task Yes_confirms(string text)
    {
        var result = await RunAsync("reply-to-confirm", $"{{{Order}, \"followUps\": [{Reply("+2h", text)}]}}");

        Assert.Equal(
            [
                "- instance started @0",
                "ask send next @0",
                "answer wait_for wait @0",
                "answer wait_for event @02:00",
                "yes-or-no if then @02:00",
                "confirmed send next @02:00",
                "- instance completed @02:00",
            ],
            Lines(result));
        Assert.Equal(["ask", "confirmed"], result.Messages.Select(m => m.StepId));
        Assert.Equal("Takk! Ordre #1009 er bekreftet.", result.Messages[1].Body);
        Assert.Equal(T0.AddHours(2), result.Messages[1].At);
    }

    [Fact]
    public async Task No_cancels()
    {
        var result = await RunAsync("reply-to-confirm", $"{{{Order}, \"followUps\": [{Reply("+5h", "NEI")}]}}");

        Assert.Contains("yes-or-no if else @05:00", Lines(result));
        Assert.Equal(["ask", "cancelled"], result.Messages.Select(m => m.StepId));
        Assert.Equal("OK, ordre #1009 blir ikke sendt.", result.Messages[1].Body);
    }

    [Fact]
    public async Task No_answer_in_12_hours_ends_without_a_message()
    {
        // A reply that is neither word, and a YES from another number, do not count.
        var result = await RunAsync("reply-to-confirm",
            $"{{{Order}, \"followUps\": [{Reply("+1h", "maybe")}, {Reply("+2h", "YES", "+4799999999")}]}}");

        Assert.Equal(
            [
                "- instance started @0",
                "ask send next @0",
                "answer wait_for wait @0",
                "answer wait_for timeout @12:00",
                "answer.on-timeout-1 end end @12:00",
                "- instance completed @12:00",
            ],
            Lines(result));
        Assert.Equal("no-answer", Assert.Single(result.Instances).EndReason);
        Assert.Equal("ask", Assert.Single(result.Messages).StepId);
    }
}
