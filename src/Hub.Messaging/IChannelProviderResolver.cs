using Hub.Channels;

namespace Hub.Messaging;

public interface IChannelProviderResolver
{
    /// <summary>The provider configured for a channel; throws when it is not registered.</summary>
    IChannelProvider ForChannel(string channel);

    /// <summary>A provider by name, for messages that were queued with it.</summary>
    IChannelProvider? ByName(string providerName);
}
