using System.Globalization;

namespace Hub.Host.Infrastructure;

internal static class ClockRegistration
{
    /// <summary>
    /// The system clock, except in the <c>Testing</c> environment where <c>Hub:Testing:Now</c> may set the start
    /// time, so that published signature vectors with fixed timestamps verify through the real endpoint.
    /// </summary>
    public static WebApplicationBuilder AddHubClock(this WebApplicationBuilder builder)
    {
        var now = builder.Configuration["Hub:Testing:Now"];
        builder.Services.AddSingleton<TimeProvider>(builder.Environment.IsEnvironment("Testing") && now is not null
            ? new ShiftedTimeProvider(DateTimeOffset.Parse(now, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal))
            : TimeProvider.System);
        return builder;
    }
}
