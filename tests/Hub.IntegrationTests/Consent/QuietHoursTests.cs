using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Hub.IntegrationTests.Infrastructure;

namespace Hub.IntegrationTests.Consent;

/// <summary>
/// Quiet hours on a real Hub per database whose clock starts at 23:00 in Oslo: marketing to a Norwegian number is
/// held until 08:00 local (the phone number's country gives the zone) and goes when the test moves the clock to the
/// morning, unattempted until then; transactional goes at once.
/// </summary>
public abstract class QuietHoursTests(IHubDatabase database) : IAsyncLifetime
{
    /// <summary>23:00 in Oslo (CEST, UTC+2).</summary>
    private static readonly DateTimeOffset HubStart = new(2026, 6, 10, 21, 0, 0, TimeSpan.Zero);

    /// <summary>08:00 in Oslo the next morning.</summary>
    private static readonly DateTimeOffset Morning = new(2026, 6, 11, 6, 0, 0, TimeSpan.Zero);

    private HubProcess _hub = null!;
    private HubClient _client = null!;
    private Dictionary<string, string> _environment = null!;

    public async Task InitializeAsync()
    {
        var environment = _environment = await database.CreateEnvironmentAsync();
        environment["Hub__Testing__Now"] = HubStart.ToString("O", System.Globalization.CultureInfo.InvariantCulture);
        _hub = await HubProcess.StartAsync(environment);
        _client = new HubClient(_hub.BaseAddress);
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _hub.DisposeAsync();
    }

    [Fact]
    public async Task Marketing_at_23_00_is_held_until_08_00_and_transactional_goes_at_once()
    {
        const string phone = "+4791239101";
        var marketing = await _client.SendAsync(ConsentApi.Text(phone, "marketing", "Breakfast deals from 08:00"));
        var held = await _client.UntilStatusAsync(marketing, "skipped", "the marketing SMS is held");
        Assert.Equal("quiet_hours_held", (string?)held["message"]!["reason"]);
        Assert.Equal(Morning, DateTimeOffset.Parse((string)held["message"]!["heldUntil"]!, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Empty(held["attempts"]!.AsArray());

        var transactional = await _client.SendAsync(ConsentApi.Text(phone, "transactional", "Your table is booked"));
        await _client.UntilStatusAsync(transactional, "delivered", "the transactional SMS is delivered");
        Assert.Equal(["Your table is booked"], (await _client.HandsetAsync(phone)).Select(m => (string?)m!["text"]));
        Assert.Equal("skipped", (string?)(await _client.DetailAsync(marketing))["message"]!["status"]);

        // Nine hours later it is 08:00 in Oslo: the held message is checked again and goes, as its first attempt.
        using (var advanced = await _client.Admin.PostAsJsonAsync("/api/v1/testing/clock", new JsonObject { ["advance"] = "PT9H" }))
        {
            Assert.Equal(HttpStatusCode.OK, advanced.StatusCode);
        }
        var sent = await _client.UntilStatusAsync(marketing, "delivered", "the held SMS is delivered in the morning");
        Assert.Null((string?)sent["message"]!["reason"]);
        Assert.Equal(Morning, DateTimeOffset.Parse((string)sent["message"]!["heldUntil"]!, System.Globalization.CultureInfo.InvariantCulture));
        var attempt = Assert.Single(sent["attempts"]!.AsArray())!;
        Assert.Equal(1, (int)attempt["number"]!);
        Assert.True(DateTimeOffset.Parse((string)attempt["startedAt"]!, System.Globalization.CultureInfo.InvariantCulture) >= Morning);
        Assert.Equal(0, (int)sent["possibleDuplicates"]!);
        Assert.Equal(["Breakfast deals from 08:00", "Your table is booked"],
            (await _client.HandsetAsync(phone)).Select(m => (string?)m!["text"]).Order(StringComparer.Ordinal));
    }

    /// <remarks>
    /// The contact's time zone is recorded by a canonical event's <c>contact.timeZone</c>: this test needs the
    /// contacts module's event consumer (branch <c>contacts</c>) to pass.
    /// </remarks>
    [Fact]
    public async Task The_contact_s_own_time_zone_wins_over_the_number_s_country()
    {
        // A Norwegian number whose contact lives in New York: 23:00 in Oslo is 17:00 there, and marketing goes.
        const string phone = "+4791239102";
        using (var posted = await _client.Admin.PostAsJsonAsync("/api/v1/events", new JsonObject
        {
            ["specversion"] = "1.0",
            ["id"] = Guid.NewGuid().ToString(),
            ["source"] = "/apps/crm",
            ["type"] = "contact.updated",
            ["time"] = HubStart.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
            ["data"] = new JsonObject
            {
                ["contact"] = new JsonObject { ["id"] = "crm-1", ["phone"] = phone, ["timeZone"] = "America/New_York" },
            },
        }))
        {
            Assert.True(posted.IsSuccessStatusCode, await posted.Content.ReadAsStringAsync());
        }
        var marketing = await _client.SendAsync(ConsentApi.Text(phone, "marketing", "Happy hour until 19:00"));
        var sent = await _client.UntilStatusAsync(marketing, "delivered", "the marketing SMS is delivered at once");
        Assert.Null((string?)sent["message"]!["heldUntil"]);
        Assert.NotNull((string?)sent["message"]!["contactId"]);
    }

    [Fact]
    public async Task A_held_message_whose_contact_is_erased_never_goes()
    {
        const string phone = "+4791239103";
        using (var created = await _client.Admin.PostAsJsonAsync("/api/v1/contacts", new JsonObject { ["phone"] = phone }))
        {
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        }
        var contactId = (string)(await _client.GetArrayAsync($"/api/v1/contacts?phone={Uri.EscapeDataString(phone)}")).Single()!["id"]!;
        var marketing = await _client.SendAsync(ConsentApi.Text(phone, "marketing", "Breakfast deals from 08:00"));
        await _client.UntilStatusAsync(marketing, "skipped", "the marketing SMS is held");

        using (var erased = await _client.Admin.DeleteAsync($"/api/v1/contacts/{contactId}"))
        {
            Assert.Equal(HttpStatusCode.NoContent, erased.StatusCode);
        }
        var stopped = await _client.DetailAsync(marketing);
        Assert.Equal("erased", (string?)stopped["message"]!["reason"]);
        Assert.Null((string?)stopped["message"]!["heldUntil"]);

        // The morning comes and the held delivery job runs (and is done): the erased message stays unsent.
        using (var advanced = await _client.Admin.PostAsJsonAsync("/api/v1/testing/clock", new JsonObject { ["advance"] = "PT9H" }))
        {
            Assert.Equal(HttpStatusCode.OK, advanced.StatusCode);
        }
        await Eventually.Until(() => Timers.TimerStore.For(_environment).ScalarAsync($"SELECT count(*) FROM jobs WHERE subject_id = '{marketing}'"),
            n => n == 0, ConsentApi.Patience, "the held message's delivery job has run");
        var after = await _client.DetailAsync(marketing);
        Assert.Equal("skipped", (string?)after["message"]!["status"]);
        Assert.Empty(after["attempts"]!.AsArray());
        Assert.Empty(await _client.HandsetAsync("erased"));
    }

    [Fact]
    public async Task The_clock_moves_only_forward_and_only_by_a_duration()
    {
        foreach (var advance in new[] { "-PT1H", "nine hours", "" })
        {
            using var refused = await _client.Admin.PostAsJsonAsync("/api/v1/testing/clock", new JsonObject { ["advance"] = advance });
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            Assert.NotNull((await refused.Content.ReadFromJsonAsync<JsonNode>())!["errors"]!["advance"]);
        }
    }
}
