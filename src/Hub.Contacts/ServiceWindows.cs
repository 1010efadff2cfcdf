using Hub.Core.Channels;

namespace Hub.Contacts;

/// <summary>Which channels allow free-form text only for a while after the contact last wrote: the one rule sends and staff replies share.</summary>
public static class ServiceWindows
{
    /// <summary>WhatsApp's customer-service window: free-form messages within 24 hours of the contact's last message.</summary>
    public static TimeSpan WhatsApp { get; } = TimeSpan.FromHours(24);

    /// <summary>When free text to the address closes (or closed); null when the channel has no window (SMS, RCS, email).</summary>
    public static DateTimeOffset? ClosesAt(string channel, ServiceWindow? window) => ClosesAt(channel, window?.LastInboundAt);

    /// <summary>As above, from when the address last wrote on the channel (null: never).</summary>
    public static DateTimeOffset? ClosesAt(string channel, DateTimeOffset? lastInboundAt) =>
        channel == ChannelNames.WhatsApp ? (lastInboundAt ?? DateTimeOffset.MinValue) + WhatsApp : null;
}
