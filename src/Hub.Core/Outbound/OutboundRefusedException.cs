using System.Net;

namespace Hub.Core.Outbound;

/// <summary>
/// An outbound connection that <see cref="OutboundPolicy"/> refused. HttpClient reports it as an
/// <see cref="HttpRequestException"/> with this as its inner exception; <see cref="FindIn"/> recognizes it there.
/// Not transient: the address stays refused until an operator allow-lists it.
/// </summary>
public sealed class OutboundRefusedException : Exception
{
    public OutboundRefusedException(IPAddress address, string host, string reason)
        : base($"Refused to connect to {address} ({reason}) for host '{host}'; allow it with {OutboundOptions.Section}:AllowedNetworks")
    {
        Address = address;
        Host = host;
        Reason = reason;
    }

    public OutboundRefusedException() { }

    public OutboundRefusedException(string message) : base(message) { }

    public OutboundRefusedException(string message, Exception innerException) : base(message, innerException) { }

    public IPAddress? Address { get; }

    public string? Host { get; }

    /// <summary>Why, in a few words: "loopback", "cloud metadata".</summary>
    public string? Reason { get; }

    /// <summary>The refusal behind <paramref name="exception"/> (itself, or any of its inner exceptions); null when it is something else.</summary>
    public static OutboundRefusedException? FindIn(Exception? exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (current is OutboundRefusedException refused)
            {
                return refused;
            }
        }
        return null;
    }
}
