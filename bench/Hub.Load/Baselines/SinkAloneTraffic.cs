using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using Hub.Load.Measurement;
using Hub.Load.Sink;

namespace Hub.Load.Baselines;

/// <summary>The load tool posting to its own sink what Hub's webhook provider would: what the sink costs by itself.</summary>
internal sealed class SinkAloneTraffic(HttpClient http, SinkServer sink)
{
    private long next = 990_000_000;

    public async Task<Outcome> PostAsync(long scheduled)
    {
        var sequence = Interlocked.Increment(ref next);
        var id = $"msg_{sequence}";
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var body = Encoding.UTF8.GetBytes(
            $$"""{"id":"{{id}}","channel":"sms","to":"+15555557447","subject":null,"body":"Thanks Ada! Order {{OrderNumbers.Format(sequence)}} is confirmed: 10.00 USD.","html":null,"eventId":"e","workflowId":"order-confirmation","createdAt":"2026-01-01T00:00:00Z"}""");
        var request = new HttpRequestMessage(HttpMethod.Post, sink.Url) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.Add("webhook-id", id);
        request.Headers.Add("webhook-timestamp", timestamp);
        request.Headers.Add("webhook-signature", sink.Signature.Sign(id, timestamp, body));
        var (outcome, _) = await HttpOperation.SendAsync(http, request);
        return outcome;
    }
}
