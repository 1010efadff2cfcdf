using Hub.IntegrationTests.Infrastructure;

namespace Hub.IntegrationTests.Workflows;

/// <summary>
/// Issue 7, acceptance 5: publishing a new version while instances wait on the old one lets them finish on the old
/// one while new triggers use the new one; a rollback works the same way. The versions differ in the template of the
/// step after the delay, so each instance's second message shows which version ran it. Runs once per database.
/// </summary>
public abstract class WorkflowVersioningTests(IHubDatabase database) : IAsyncLifetime
{
    private const string Workflow = "versioned-reminder";
    private HubProcess _hub = null!;
    private HubClient _client = null!;
    private WorkflowApi _api = null!;

    public async Task InitializeAsync()
    {
        _hub = await HubProcess.StartAsync(await database.CreateEnvironmentAsync());
        _client = new HubClient(_hub.BaseAddress);
        _api = new WorkflowApi(_client);
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _hub.DisposeAsync();
    }

    /// <summary>The delay is long enough to publish and post while an instance waits, short enough for a test.</summary>
    private static string Version(string secondTemplate) => $$"""
        id: {{Workflow}}
        name: Versioned reminder
        trigger: appointment.booked
        correlate: event.data.appointment.id
        steps:
          - id: confirm
            send: { template: appointment-booked, channels: [sms] }
          - id: wait
            delay: { for: 5s }
          - id: remind
            send: { template: {{secondTemplate}}, channels: [sms] }
        """;

    [Fact]
    public async Task Waiting_instances_finish_on_their_version_while_new_triggers_use_the_published_one()
    {
        Assert.Equal(1, await _api.PublishAsync(Workflow, Version("appointment-reminder")));
        var first = await _api.PostBookingAsync("apt-1");
        var onV1 = await _api.InstanceAsync(Workflow, "apt-1", i => (string?)i["status"] == "waiting", "the first instance waits on v1");
        Assert.Equal(1, (int)onV1["version"]!);

        Assert.Equal(2, await _api.PublishAsync(Workflow, Version("appointment-booked")));
        var second = await _api.PostBookingAsync("apt-2");
        var onV2 = await _api.InstanceAsync(Workflow, "apt-2", i => (string?)i["status"] == "waiting", "the second instance waits on v2");
        Assert.Equal(2, (int)onV2["version"]!);
        var stillV1 = await _api.InstanceAsync(Workflow, "apt-1", _ => true, "the first instance is listed");
        Assert.Equal(1, (int)stillV1["version"]!);
        Assert.Equal("waiting", (string?)stillV1["status"]); // the proof needs it to have waited across the publish

        Assert.Equal(1, await _api.RollbackAsync(Workflow, 1));
        var third = await _api.PostBookingAsync("apt-3");
        var backOnV1 = await _api.InstanceAsync(Workflow, "apt-3", i => (string?)i["status"] == "waiting", "the third instance waits on v1 again");
        Assert.Equal(1, (int)backOnV1["version"]!);
        Assert.Equal("waiting", (string?)(await _api.InstanceAsync(Workflow, "apt-2", _ => true, "the second instance is listed"))["status"]);

        foreach (var key in new[] { "apt-1", "apt-2", "apt-3" })
        {
            await _api.InstanceAsync(Workflow, key, i => (string?)i["status"] == "completed", $"{key} completes");
        }
        Assert.Equal("appointment-reminder", await RemindTemplateAsync(first));
        Assert.Equal("appointment-booked", await RemindTemplateAsync(second));
        Assert.Equal("appointment-reminder", await RemindTemplateAsync(third));

        var detail = await _api.GetAsync($"/api/v1/workflows/{Workflow}");
        Assert.Equal(1, (int)detail["published"]!["number"]!);
        Assert.Equal([2, 1], detail["versions"]!.AsArray().Select(v => (int)v!["number"]!));
    }

    /// <summary>The template of the message the step after the delay sent for <paramref name="eventId"/>.</summary>
    private async Task<string?> RemindTemplateAsync(string eventId)
    {
        var messages = await Eventually.Until(() => _api.MessagesAsync(Workflow, eventId), m => m.Count == 2,
            TimeSpan.FromSeconds(30), $"both messages of {eventId} are recorded");
        return (string?)Assert.Single(messages, m => (string?)m["stepId"] == "remind")["templateId"];
    }
}
