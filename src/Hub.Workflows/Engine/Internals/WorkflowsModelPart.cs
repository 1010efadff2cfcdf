using Hub.Storage;

namespace Hub.Workflows.Engine.Internals;

internal sealed class WorkflowsModelPart() : AssemblyModelPart(typeof(WorkflowsModelPart).Assembly);
