using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Hub.IntegrationTests.Connectors.Golden.Signing;

namespace Hub.IntegrationTests.Infrastructure;

/// <summary>
/// Calendly's invitee.created and invitee.canceled deliveries, built from the recorded fixtures with a booking's own
/// invitee, email and start time, and signed as Calendly signs (<c>Calendly-Webhook-Signature: t=…,v1=…</c>).
/// </summary>
public static class CalendlyWebhook
{
    private static readonly TimestampedHmacSigner Signer = TimestampedHmacSigner.Combined("Calendly-Webhook-Signature");

    public static string InviteeUri(string invitee) => $"https://api.calendly.com/scheduled_events/EV{invitee}/invitees/{invitee}";

    /// <summary>A new booking; <paramref name="oldInvitee"/> makes it the new half of a reschedule.</summary>
    public static HttpRequestMessage Created(string connectorId, string secret, string invitee, string email, DateTimeOffset start, string? oldInvitee = null)
    {
        var body = Load("invitee.created.json");
        var payload = body["payload"]!.AsObject();
        Fill(payload, invitee, email, start);
        payload["old_invitee"] = oldInvitee is null ? null : InviteeUri(oldInvitee);
        return Sign(connectorId, secret, body);
    }

    /// <summary>A cancellation; <paramref name="rescheduled"/> marks the old half of a reschedule.</summary>
    public static HttpRequestMessage Canceled(string connectorId, string secret, string invitee, string email, DateTimeOffset start, bool rescheduled = false)
    {
        var body = Load("invitee.canceled.json");
        var payload = body["payload"]!.AsObject();
        Fill(payload, invitee, email, start);
        payload["rescheduled"] = rescheduled;
        return Sign(connectorId, secret, body);
    }

    private static void Fill(JsonObject payload, string invitee, string email, DateTimeOffset start)
    {
        payload["uri"] = InviteeUri(invitee);
        payload["email"] = email;
        var scheduled = payload["scheduled_event"]!.AsObject();
        scheduled["start_time"] = Iso(start);
        scheduled["end_time"] = Iso(start.AddMinutes(15));
    }

    private static JsonObject Load(string name) =>
        JsonNode.Parse(File.ReadAllText(RepoPaths.Fixture($"webhooks/calendly/{name}")))!.AsObject();

    private static HttpRequestMessage Sign(string connectorId, string secret, JsonObject body)
    {
        var webhook = new OutgoingWebhook(Encoding.UTF8.GetBytes(body.ToJsonString()), "application/json", secret, [], DateTimeOffset.UtcNow);
        Signer.Sign(webhook);
        return webhook.ToRequest($"/webhooks/{connectorId}");
    }

    private static string Iso(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture);
}
