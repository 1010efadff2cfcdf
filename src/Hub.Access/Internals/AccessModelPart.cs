using Hub.Storage;

namespace Hub.Access.Internals;

internal sealed class AccessModelPart() : AssemblyModelPart(typeof(AccessModelPart).Assembly);
