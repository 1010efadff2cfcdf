using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Hub.IntegrationTests.Infrastructure;

namespace Hub.IntegrationTests.Messaging;

/// <summary>
/// The send API on a real Hub process: a template with data or a text to a recipient, the channel order, the
/// Idempotency-Key (repeated, raced twenty times, reused with another body) and bad input that stores nothing.
/// Runs once per database (see the subclasses).
/// </summary>
public abstract class SendApiTests(IHubDatabase database) : IAsyncLifetime
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private HubProcess _hub = null!;
    private HubClient _client = null!;

    public async Task InitializeAsync()
    {
        _hub = await HubProcess.StartAsync(await database.CreateEnvironmentAsync());
        _client = new HubClient(_hub.BaseAddress);
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _hub.DisposeAsync();
    }

    [Fact]
    public async Task A_template_with_data_is_rendered_and_delivered_on_the_first_channel()
    {
        using var response = await SendAsync(OrderConfirmation("+4791234501", "B-1001"));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var answer = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal("queued", (string?)answer["status"]);
        Assert.Equal("sms", (string?)answer["channel"]);
        var id = (string)answer["id"]!;
        Assert.Equal($"/api/v1/messages/{id}", response.Headers.Location!.OriginalString);
        var delivered = await Eventually.Until(() => _client.MessagesAsync("to=%2B4791234501&status=delivered"), m => m.Count == 1, Patience, "the SMS is delivered");
        Assert.Equal(id, (string?)delivered[0]!["id"]);
        Assert.Equal("Takk, Kari! Ordre B-1001 er bekreftet: kr 1 234,50.", (string?)delivered[0]!["body"]);
    }

    [Fact]
    public async Task A_text_goes_to_the_next_channel_when_the_recipient_has_no_address_for_the_first()
    {
        using var response = await SendAsync(new JsonObject
        {
            ["to"] = new JsonObject { ["email"] = "ada@example.com" },
            ["channels"] = new JsonArray("sms", "email"),
            ["text"] = "Your parcel is on its way.",
        });

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var answer = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal("email", (string?)answer["channel"]);
        var delivered = await Eventually.Until(() => _client.MessagesAsync("to=ada%40example.com&status=delivered"), m => m.Count == 1, Patience, "the email is delivered");
        Assert.Equal("Your parcel is on its way.", (string?)delivered[0]!["body"]);
    }

    [Fact]
    public async Task The_same_idempotency_key_twice_sends_once_and_answers_the_same()
    {
        var body = OrderConfirmation("+4791234502", "B-1002");

        using var first = await SendAsync(body, "order-B-1002");
        using var second = await SendAsync(body, "order-B-1002");

        Assert.Equal(HttpStatusCode.Accepted, first.StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, second.StatusCode);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await second.Content.ReadAsStringAsync());
        Assert.False(first.Headers.Contains("Idempotent-Replayed"));
        Assert.Equal("true", second.Headers.GetValues("Idempotent-Replayed").Single());
        await Eventually.Until(() => _client.MessagesAsync("to=%2B4791234502&status=delivered"), m => m.Count == 1, Patience, "the SMS is delivered");
        using var third = await SendAsync(OrderConfirmation("+4791234502", "B-1003"), "order-B-1003");
        await Eventually.Until(() => _client.MessagesAsync("to=%2B4791234502&status=delivered"), m => m.Count == 2, Patience, "a new key sends again");
        Assert.Equal(2, (await _client.MessagesAsync("to=%2B4791234502")).Count);
    }

    [Fact]
    public async Task Twenty_concurrent_calls_with_one_key_send_once()
    {
        var body = OrderConfirmation("+4791234503", "B-1004");

        var responses = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => SendAsync(body, "burst-key")));

        try
        {
            Assert.All(responses, r => Assert.Equal(HttpStatusCode.Accepted, r.StatusCode));
            var ids = await Task.WhenAll(responses.Select(async r => (string?)(await r.Content.ReadFromJsonAsync<JsonObject>())!["id"]));
            Assert.Single(ids.Distinct());
            await Eventually.Until(() => _client.MessagesAsync("to=%2B4791234503&status=delivered"), m => m.Count == 1, Patience, "the SMS is delivered");
            Assert.Single(await _client.MessagesAsync("to=%2B4791234503"));
        }
        finally
        {
            foreach (var response in responses)
            {
                response.Dispose();
            }
        }
    }

    [Fact]
    public async Task A_key_reused_with_another_body_is_refused_and_sends_nothing_more()
    {
        using var first = await SendAsync(OrderConfirmation("+4791234504", "B-1005"), "reused-key");
        using var second = await SendAsync(OrderConfirmation("+4791234504", "B-9999"), "reused-key");

        Assert.Equal(HttpStatusCode.Accepted, first.StatusCode);
        Assert.Equal((HttpStatusCode)422, second.StatusCode);
        Assert.Equal("application/problem+json", second.Content.Headers.ContentType!.MediaType);
        Assert.Contains("different request", (string?)(await second.Content.ReadFromJsonAsync<JsonObject>())!["detail"], StringComparison.Ordinal);
        await Eventually.Until(() => _client.MessagesAsync("to=%2B4791234504&status=delivered"), m => m.Count == 1, Patience, "the first SMS is delivered");
        Assert.Single(await _client.MessagesAsync("to=%2B4791234504"));
    }

    public static readonly TheoryData<string, string, string> BadRequests = new()
    {
        { """{"to": {"phone": "+4791234505"}, "channels": ["pigeon"], "text": "hi"}""", "channels", "Unknown channel 'pigeon'" },
        { """{"to": {"phone": "+4791234505"}, "channels": ["email"], "text": "hi"}""", "channels", "None of these channels can reach the recipient" },
        { """{"to": {"phone": "not a number"}, "channels": ["sms"], "text": "hi"}""", "to.phone", "Not a phone number" },
        { """{"to": {"email": "ada@"}, "channels": ["email"], "text": "hi"}""", "to.email", "Not an email address" },
        { """{"channels": ["sms"], "text": "hi"}""", "to", "Give the recipient" },
        { """{"to": {"phone": "+4791234505"}, "channels": ["sms"], "template": "order-confirmation", "text": "hi"}""", "template", "not both" },
        { """{"to": {"phone": "+4791234505"}, "channels": ["sms"], "template": "no-such-template"}""", "template", "does not exist" },
        { """{"to": {"phone": "+4791234505"}, "channels": ["sms"], "text": "hi", "purpose": "spam"}""", "purpose", "transactional or marketing" },
        { """{"to": {"phone": "+4791234505"}, "channels": ["sms"], "text": "hi", "locale": "xx-notalocale"}""", "locale", "not a language tag" },
    };

    /// <summary>One Hub for every case: a process per case would cost more than the cases.</summary>
    [Fact]
    public async Task Bad_input_is_answered_400_naming_the_field_and_stores_nothing()
    {
        foreach (var row in BadRequests)
        {
            var (body, field, messagePart) = ((string)row[0], (string)row[1], (string)row[2]);
            using var content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");
            using var response = await _client.Admin.PostAsync("/api/v1/messages", content);

            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{body}: {response.StatusCode}");
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
            var problem = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
            var messages = problem["errors"]?[field]?.AsArray().Select(m => (string?)m).ToList() ?? [];
            Assert.True(messages.Exists(m => m!.Contains(messagePart, StringComparison.Ordinal)), $"{body}: {problem.ToJsonString()}");
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/messages") { Content = JsonContent.Create(OrderConfirmation("+4791234505", "B-1006")) };
        request.Headers.TryAddWithoutValidation("Idempotency-Key", new string('k', 201));
        using var badKey = await _client.Admin.SendAsync(request);
        Assert.Equal(HttpStatusCode.BadRequest, badKey.StatusCode);

        Assert.Empty(await _client.MessagesAsync("to=%2B4791234505"));
    }

    private static JsonObject OrderConfirmation(string phone, string number) => new()
    {
        ["to"] = new JsonObject { ["phone"] = phone },
        ["channels"] = new JsonArray("sms", "email"),
        ["template"] = "order-confirmation",
        ["data"] = new JsonObject
        {
            ["order"] = new JsonObject { ["number"] = number, ["total"] = 1234.5, ["currency"] = "NOK" },
            ["contact"] = new JsonObject { ["firstName"] = "Kari" },
        },
        ["locale"] = "nb-NO",
        ["purpose"] = "transactional",
    };

    private async Task<HttpResponseMessage> SendAsync(JsonObject body, string? key = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/messages") { Content = JsonContent.Create(body) };
        if (key is not null)
        {
            request.Headers.Add("Idempotency-Key", key);
        }
        return await _client.Admin.SendAsync(request);
    }
}
