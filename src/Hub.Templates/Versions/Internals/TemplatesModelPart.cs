using Hub.Storage;

namespace Hub.Templates.Versions.Internals;

internal sealed class TemplatesModelPart() : AssemblyModelPart(typeof(TemplatesModelPart).Assembly);
