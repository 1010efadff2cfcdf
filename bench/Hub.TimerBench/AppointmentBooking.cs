using System.Net;
using Hub.IntegrationTests.Infrastructure;

namespace Hub.TimerBench;

/// <summary>One signed Calendly <c>invitee.created</c> posted to Hub, as Calendly would deliver it.</summary>
internal static class AppointmentBooking
{
    /// <returns>When it was posted, and how long Hub took to answer 202.</returns>
    public static async Task<(DateTimeOffset Posted, TimeSpan Answer)> PostAsync(TimerHub hub, string invitee, string email, DateTimeOffset start)
    {
        using var request = CalendlyWebhook.Created(TimerHub.ConnectorId, TimerHub.Secret, invitee, email, start);
        var posted = DateTimeOffset.UtcNow;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        using var response = await hub.Client.Http.SendAsync(request);
        var answer = clock.Elapsed;
        if (response.StatusCode != HttpStatusCode.Accepted)
        {
            throw new InvalidOperationException($"The booking {invitee} was answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }
        return (posted, answer);
    }
}
