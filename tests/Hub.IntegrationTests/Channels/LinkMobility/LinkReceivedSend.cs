using System.Text.Json.Nodes;

namespace Hub.IntegrationTests.Channels.LinkMobility;

/// <summary>One <c>POST /sms/send</c> the fake got: its Basic credentials, content type, JSON body, and what in it breaks LINK's contract.</summary>
public sealed record LinkReceivedSend(string? Username, string? Password, string? ContentType, JsonObject? Body, IReadOnlyList<string> Problems)
{
    public string? RefId => (string?)Body?["refId"];
}
