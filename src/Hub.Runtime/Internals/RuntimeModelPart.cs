using Hub.Storage;

namespace Hub.Runtime.Internals;

internal sealed class RuntimeModelPart() : AssemblyModelPart(typeof(RuntimeModelPart).Assembly);
