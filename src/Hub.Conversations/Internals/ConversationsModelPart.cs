using Hub.Storage;

namespace Hub.Conversations.Internals;

internal sealed class ConversationsModelPart() : AssemblyModelPart(typeof(ConversationsModelPart).Assembly);
