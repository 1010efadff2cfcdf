using System.Globalization;

namespace Hub.Host.Infrastructure;

internal static class ClockRegistration
{
    /// <summary>
    /// The system clock, except in the <c>Testing</c> environment: there a <see cref="ShiftedTimeProvider"/> that
    /// <c>Hub:Testing:Now</c> may start at a chosen instant (published signature vectors with fixed timestamps verify
    /// through the real endpoint) and <c>POST /api/v1/testing/clock</c> moves forward.
    /// </summary>
    public static WebApplicationBuilder AddHubClock(this WebApplicationBuilder builder)
    {
        if (!builder.Environment.IsEnvironment("Testing"))
        {
            builder.Services.AddSingleton(TimeProvider.System);
            return builder;
        }
        var now = builder.Configuration["Hub:Testing:Now"];
        var clock = new ShiftedTimeProvider(now is null
            ? DateTimeOffset.UtcNow
            : DateTimeOffset.Parse(now, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal));
        builder.Services.AddSingleton(clock);
        builder.Services.AddSingleton<TimeProvider>(clock);
        return builder;
    }
}
