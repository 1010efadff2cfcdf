namespace Hub.IntegrationTests.Channels.Smtp;

/// <summary>How the test server answers a message's data: a reply code and text, after a delay when given.</summary>
public sealed record SmtpReply(int Code, string Text, TimeSpan Delay = default)
{
    public static SmtpReply Ok { get; } = new(250, "2.0.0 Ok: queued");
}
