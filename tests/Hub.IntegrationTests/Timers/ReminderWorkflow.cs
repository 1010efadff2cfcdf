using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Hub.IntegrationTests.Infrastructure;

namespace Hub.IntegrationTests.Timers;

/// <summary>
/// A workflows folder with one reminder: an <c>appointment.booked</c> starts an instance keyed by the appointment id
/// that sleeps until <c>appointment.start</c> and then sends one SMS; <c>appointment.cancelled</c> for the same id
/// cancels it. Every instance's timer is a <c>workflow-run</c> job due at the start time the event names.
/// </summary>
public sealed class ReminderWorkflow : IDisposable
{
    public const string WorkflowId = "timer-reminder";
    public const string SendStepId = "remind";

    private const string Definition = """
        id: timer-reminder
        name: Timer reminder
        description: Sleeps until the appointment starts, then reminds; a cancellation stops it.
        trigger:
          event: appointment.booked
        correlate: event.data.appointment.id
        cancel_on:
          - event: appointment.cancelled
        steps:
          - id: wait
            delay:
              until: event.data.appointment.start
              if_past: run
          - id: remind
            send:
              template: timer-reminder
              channels: [sms]
        """;

    private const string Template = """
        id: timer-reminder
        description: The reminder a timer sends.
        default_locale: en
        sms:
          en: "Reminder for {{ appointment.id }}"
        """;

    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("hub-timer-workflows-");

    public ReminderWorkflow()
    {
        File.WriteAllText(Path.Combine(_directory.FullName, "timer-reminder.yaml"), Definition);
        var templates = Directory.CreateDirectory(Path.Combine(_directory.FullName, "templates"));
        File.WriteAllText(Path.Combine(templates.FullName, "timer-reminder.yaml"), Template);
    }

    /// <summary>Points a Hub environment at this folder (and only it) for workflows and templates.</summary>
    public Dictionary<string, string> Apply(Dictionary<string, string> environment)
    {
        environment["Hub__WorkflowsPath"] = _directory.FullName;
        return environment;
    }

    public static string Key(int i) => string.Create(CultureInfo.InvariantCulture, $"appt-{i:D5}");

    public static JsonObject Booked(string key, DateTimeOffset start) => Event("booked", "appointment.booked", key, start);

    public static JsonObject Cancelled(string key, DateTimeOffset start) => Event("cancelled", "appointment.cancelled", key, start);

    private static JsonObject Event(string verb, string type, string key, DateTimeOffset start) => new()
    {
        ["specversion"] = "1.0",
        ["id"] = $"{verb}-{key}",
        ["source"] = "/tests/timers",
        ["type"] = type,
        ["subject"] = key,
        ["data"] = new JsonObject
        {
            ["appointment"] = new JsonObject
            {
                ["id"] = key,
                ["start"] = start.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture),
            },
            ["contact"] = new JsonObject { ["phone"] = "+4791234567" },
        },
    };

    /// <summary>Posts the events through <c>POST /api/v1/events</c>, <paramref name="parallel"/> at a time, round-robin over the clients.</summary>
    /// <returns>The answers that were not 202 Accepted, as "status body" lines.</returns>
    public static async Task<List<string>> PostAsync(IReadOnlyList<HubClient> clients, IReadOnlyList<JsonObject> events, int parallel)
    {
        var refused = new List<string>();
        var next = -1;
        async Task WorkAsync()
        {
            for (var i = Interlocked.Increment(ref next); i < events.Count; i = Interlocked.Increment(ref next))
            {
                using var response = await clients[i % clients.Count].Admin.PostAsJsonAsync("/api/v1/events", events[i]);
                if (response.StatusCode != HttpStatusCode.Accepted)
                {
                    var line = $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}";
                    lock (refused)
                    {
                        refused.Add(line);
                    }
                }
            }
        }
        await Task.WhenAll(Enumerable.Range(0, parallel).Select(_ => Task.Run(WorkAsync)));
        return refused;
    }

    public void Dispose()
    {
        try
        {
            _directory.Delete(recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
