using Hub.Contacts;
using Hub.Core.Channels;

namespace Hub.Conversations;

/// <summary>Which channels allow free-form text only for a while after the contact last wrote.</summary>
public static class ServiceWindows
{
    /// <summary>WhatsApp's customer-service window: free-form messages within 24 hours of the contact's last message.</summary>
    public static TimeSpan WhatsApp { get; } = TimeSpan.FromHours(24);

    /// <summary>When free text to the address closes (or closed); null when the channel has no window (SMS, RCS, email).</summary>
    public static DateTimeOffset? ClosesAt(string channel, ServiceWindow? window) =>
        channel == ChannelNames.WhatsApp ? (window?.LastInboundAt ?? DateTimeOffset.MinValue) + WhatsApp : null;
}
