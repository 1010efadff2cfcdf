using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Hub.IntegrationTests.Infrastructure;
using static Hub.IntegrationTests.Verifications.VerificationApi;

namespace Hub.IntegrationTests.Verifications;

/// <summary>
/// One-time codes in a real Hub process with the sandbox provider: a code reaches the handset, is approved once, is
/// locked after five wrong checks, expires, survives concurrent checks, falls back to email, and never shows anywhere
/// but on the handset (not in a log line, not in the messages API).
/// </summary>
public abstract class VerificationTests(IHubDatabase database)
{
    private Dictionary<string, string> _environment = [];

    private async Task<(HubProcess Hub, HubClient Client)> StartAsync(Action<Dictionary<string, string>>? configure = null)
    {
        _environment = await database.CreateEnvironmentAsync();
        configure?.Invoke(_environment);
        var hub = await HubProcess.StartAsync(_environment);
        return (hub, new HubClient(hub.BaseAddress));
    }

    [Fact]
    public async Task A_code_arrives_on_the_handset_is_approved_once_and_shows_in_no_log_and_no_message()
    {
        const string Phone = "+4791234501";
        var (hub, client) = await StartAsync();
        await using var _ = hub;
        using var __ = client;

        // Eight digits: a code that long does not turn up in the logs' ids and timestamps by chance.
        var issued = await IssueAsync(client, new { to = new { phone = Phone }, channels = new[] { "sms" }, length = 8, locale = "nb-NO" });
        Assert.Equal("pending", (string?)issued["status"]);
        var id = (string)issued["id"]!;
        var expiresAt = DateTimeOffset.Parse((string)issued["expiresAt"]!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(expiresAt - DateTimeOffset.UtcNow, TimeSpan.FromMinutes(9), TimeSpan.FromMinutes(10.5));

        var (code, onHandset) = await CodeOnHandsetAsync(client, Phone, 8);
        Assert.Equal("sms", (string?)onHandset["channel"]);
        Assert.StartsWith("Bekreftelseskoden din er ", (string)onHandset["text"]!, StringComparison.Ordinal);

        Assert.Equal("denied", await CheckAsync(client, id, WrongCode(code)));
        Assert.Equal("approved", await CheckAsync(client, id, code));
        Assert.Equal("denied", await CheckAsync(client, id, code));

        var list = await client.Admin.GetStringAsync($"/api/v1/messages?to={Uri.EscapeDataString(Phone)}");
        var message = Assert.Single(JsonNode.Parse(list)!.AsArray())!;
        Assert.Contains("••••••••", (string)message["body"]!, StringComparison.Ordinal);
        Assert.DoesNotContain(code, list, StringComparison.Ordinal);
        var detail = await client.Admin.GetStringAsync($"/api/v1/messages/{message["id"]}");
        Assert.DoesNotContain(code, detail, StringComparison.Ordinal);
        Assert.DoesNotContain(code, hub.Output, StringComparison.Ordinal);
        foreach (var table in new[] { "send_requests", "messages", "send_attempts", "verifications", "jobs" })
        {
            Assert.DoesNotContain(await StoredText.OfAsync(_environment, table), text => text.Contains(code, StringComparison.Ordinal));
        }
        Assert.Contains(await StoredText.OfAsync(_environment, "sandbox_messages"), text => text.Contains(code, StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_sixth_check_after_five_wrong_ones_is_locked_and_an_expired_code_is_expired()
    {
        const string Phone = "+4791234502";
        var (hub, client) = await StartAsync();
        await using var _ = hub;
        using var __ = client;

        var locked = (string)(await IssueAsync(client, new { to = new { phone = Phone } }))["id"]!;
        var (code, _) = await CodeOnHandsetAsync(client, Phone, 6);
        for (var i = 1; i <= 5; i++)
        {
            Assert.Equal("denied", await CheckAsync(client, locked, WrongCode(code)));
        }
        Assert.Equal("locked", await CheckAsync(client, locked, code));
        Assert.Equal("locked", await CheckAsync(client, locked, code));

        var expiring = (string)(await IssueAsync(client, new { to = new { phone = "+4791234503" }, expiresIn = 1 }))["id"]!;
        var (expiringCode, _) = await CodeOnHandsetAsync(client, "+4791234503", 6);
        await Eventually.Until(() => client.Admin.GetFromJsonAsync<JsonObject>($"/api/v1/verifications/{expiring}"),
            v => (string?)v!["status"] == "expired", Patience, "the code's second runs out");
        Assert.Equal("expired", await CheckAsync(client, expiring, expiringCode));
    }

    [Fact]
    public async Task Concurrent_checks_count_five_wrong_codes_at_most_and_approve_once()
    {
        var (hub, client) = await StartAsync();
        await using var _ = hub;
        using var __ = client;

        var guessed = (string)(await IssueAsync(client, new { to = new { phone = "+4791234504" } }))["id"]!;
        var (code, _) = await CodeOnHandsetAsync(client, "+4791234504", 6);
        var answers = await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => CheckAsync(client, guessed, WrongCode(code))));
        Assert.Equal(5, answers.Count(a => a == "denied"));
        Assert.Equal(11, answers.Count(a => a == "locked"));
        Assert.Equal("locked", await CheckAsync(client, guessed, code));

        var raced = (string)(await IssueAsync(client, new { to = new { phone = "+4791234505" } }))["id"]!;
        var (right, _) = await CodeOnHandsetAsync(client, "+4791234505", 6);
        var approvals = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => CheckAsync(client, raced, right)));
        Assert.Equal(1, approvals.Count(a => a == "approved"));
        Assert.Equal(7, approvals.Count(a => a == "denied"));
    }

    [Fact]
    public async Task The_code_goes_by_email_when_the_sms_is_rejected()
    {
        const string Phone = "+4791234506";
        const string Email = "kari@example.test";
        var (hub, client) = await StartAsync(e => e["Hub__Channels__Sandbox__RejectedRecipients__0"] = Phone);
        await using var _ = hub;
        using var __ = client;

        var id = (string)(await IssueAsync(client, new { to = new { phone = Phone, email = Email }, channels = new[] { "sms", "email" } }))["id"]!;

        var (code, mail) = await CodeOnHandsetAsync(client, Email, 6);
        Assert.Equal("email", (string?)mail["channel"]);
        Assert.Equal("Your verification code", (string?)mail["subject"]);
        Assert.Contains(code, (string)mail["html"]!, StringComparison.Ordinal);
        Assert.Empty(await client.GetArrayAsync($"/api/v1/sandbox/messages?to={Uri.EscapeDataString(Phone)}"));
        var messages = await Eventually.Until(() => client.MessagesAsync("channel=email&status=delivered"), m => m.Count == 1, Patience, "the email is delivered");
        Assert.Contains("••••••", (string)messages[0]!["body"]!, StringComparison.Ordinal);
        Assert.Equal("failed", (string?)(await client.MessagesAsync("channel=sms"))[0]!["status"]);
        Assert.DoesNotContain(code, await client.Admin.GetStringAsync("/api/v1/messages"), StringComparison.Ordinal);
        Assert.Equal("approved", await CheckAsync(client, id, code));
    }

    [Fact]
    public async Task Bad_requests_are_problems_and_a_sixth_code_within_the_hour_waits()
    {
        var (hub, client) = await StartAsync();
        await using var _ = hub;
        using var __ = client;

        await AssertProblemAsync(client, "/api/v1/verifications", new { channels = new[] { "sms" } }, HttpStatusCode.BadRequest, "to");
        await AssertProblemAsync(client, "/api/v1/verifications", new { to = new { phone = "91234567" } }, HttpStatusCode.BadRequest, "to.phone");
        await AssertProblemAsync(client, "/api/v1/verifications", new { to = new { phone = "+4791234507" }, length = 3 }, HttpStatusCode.BadRequest, "length");
        await AssertProblemAsync(client, "/api/v1/verifications", new { to = new { phone = "+4791234507" }, channels = new[] { "email" } }, HttpStatusCode.BadRequest, "channels");
        await AssertProblemAsync(client, $"/api/v1/verifications/{Guid.NewGuid()}/check", new { code = "123456" }, HttpStatusCode.NotFound, null);

        for (var i = 0; i < 5; i++)
        {
            await IssueAsync(client, new { to = new { phone = "+4791234508" } });
        }
        using var limited = await client.Admin.PostAsJsonAsync("/api/v1/verifications", new { to = new { phone = "+4791234508" } });
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.Equal("application/problem+json", limited.Content.Headers.ContentType?.MediaType);
        Assert.InRange(limited.Headers.RetryAfter?.Delta ?? TimeSpan.Zero, TimeSpan.FromMinutes(59), TimeSpan.FromHours(1));
    }

    private static async Task AssertProblemAsync(HubClient client, string path, object body, HttpStatusCode status, string? field)
    {
        using var response = await client.Admin.PostAsJsonAsync(path, body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, text);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        if (field is not null)
        {
            Assert.NotNull(JsonNode.Parse(text)!["errors"]?[field]);
        }
    }
}
