using System.Collections.Specialized;

namespace Hub.IntegrationTests.Channels.Twilio;

/// <summary>One <c>POST Messages.json</c> the fake got: its Basic credentials, content type, form, Hub's message id from the StatusCallback, and what breaks Twilio's contract.</summary>
public sealed record TwilioReceivedSend(string? Username, string? Password, string? ContentType, NameValueCollection Form, string? MessageId, IReadOnlyList<string> Problems);
