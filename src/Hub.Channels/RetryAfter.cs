using System.Net.Http.Headers;

namespace Hub.Channels;

/// <summary>Reads an HTTP <c>Retry-After</c> answer (seconds or a date), capped, so that every HTTP provider honours it the same way.</summary>
public static class RetryAfter
{
    /// <summary>Longer waits are cut to this: a provider asking for an hour should not park a message for an hour unseen.</summary>
    public static readonly TimeSpan Maximum = TimeSpan.FromMinutes(15);

    public static TimeSpan? From(HttpResponseHeaders headers, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(headers);
        var value = headers.RetryAfter;
        var wait = value?.Delta ?? (value?.Date is { } date ? date - now : null);
        if (wait is null)
        {
            return null;
        }
        return wait < TimeSpan.Zero ? TimeSpan.Zero : wait > Maximum ? Maximum : wait;
    }
}
