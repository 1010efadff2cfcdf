using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Hub.Channels.SendGrid.Internals;

/// <summary>
/// What <c>/v3/mail/send</c> answered: 202 (200 in sandbox mode) with <c>X-Message-Id</c> is accepted; 400 and 413
/// carry the API's error messages and are permanent, as are 401/403 (the key) and other 4xx (a wrong base URL); 408,
/// 429 and 5xx are transient. A 429 without <c>Retry-After</c> waits until <c>X-RateLimit-Reset</c> (unix seconds).
/// </summary>
internal static partial class SendGridAnswer
{
    public const string MessageIdHeader = "X-Message-Id";
    private const int MaximumErrorBytes = 64 * 1024;

    public static async Task<SendResult> ClassifyAsync(HttpResponseMessage response, string messageId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var code = (int)response.StatusCode;
        if (code is >= 200 and < 300)
        {
            // Every event carries hub_message_id as well, so a missing header (never seen) costs no correlation.
            var id = response.Headers.TryGetValues(MessageIdHeader, out var values) ? values.FirstOrDefault() : null;
            return SendResult.Accepted(string.IsNullOrEmpty(id) ? messageId : id);
        }
        var status = $"{code} ({response.StatusCode})";
        return code switch
        {
            401 or 403 => SendResult.Permanent($"SendGrid refused the API key: {status}; it needs the Mail Send permission."),
            429 => SendResult.Transient($"SendGrid is throttling: {status}.") with { RetryAfter = RateLimitReset(response, now) },
            408 or >= 500 => SendResult.Transient($"SendGrid answered {status}."),
            _ => SendResult.Permanent($"SendGrid refused the message: {status}{await ErrorsAsync(response, cancellationToken)}"),
        };
    }

    /// <summary>The API's error messages (they may quote an address, which is masked), or nothing when the body has none.</summary>
    private static async Task<string> ErrorsAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
            var buffer = new byte[MaximumErrorBytes];
            var length = 0;
            int read;
            while (length < buffer.Length && (read = await stream.ReadAsync(buffer.AsMemory(length), cancellationToken)) > 0)
            {
                length += read;
            }
            var body = JsonSerializer.Deserialize(buffer.AsSpan(0, length), SendGridJsonContext.Default.SendGridErrorResponse);
            var messages = body?.Errors?.Where(e => !string.IsNullOrWhiteSpace(e.Message))
                .Select(e => e.Field is { Length: > 0 } field && field != "null" ? $"{field}: {e.Message}" : e.Message!)
                .ToList();
            return messages is { Count: > 0 } ? ": " + Address().Replace(string.Join("; ", messages), "<address>") : ".";
        }
        catch (JsonException)
        {
            return ".";
        }
    }

    private static TimeSpan? RateLimitReset(HttpResponseMessage response, DateTimeOffset now)
    {
        if (response.Headers.RetryAfter is not null
            || !response.Headers.TryGetValues("X-RateLimit-Reset", out var values)
            || !long.TryParse(values.FirstOrDefault(), NumberStyles.None, CultureInfo.InvariantCulture, out var reset))
        {
            return null;
        }
        var wait = DateTimeOffset.FromUnixTimeSeconds(reset) - now;
        return wait < TimeSpan.Zero ? TimeSpan.Zero : wait > RetryAfter.Maximum ? RetryAfter.Maximum : wait;
    }

    [GeneratedRegex(@"[^\s<>@""']+@[^\s<>@""']+")]
    private static partial Regex Address();
}
