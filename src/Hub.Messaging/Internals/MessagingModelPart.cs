using Hub.Storage;

namespace Hub.Messaging.Internals;

internal sealed class MessagingModelPart() : AssemblyModelPart(typeof(MessagingModelPart).Assembly);
