using Hub.Storage;

namespace Hub.Channels.Sandbox.Internals;

internal sealed class SandboxModelPart() : AssemblyModelPart(typeof(SandboxModelPart).Assembly);
