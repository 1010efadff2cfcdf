using Hub.Storage;

namespace Hub.Intake.Internals;

internal sealed class IntakeModelPart() : AssemblyModelPart(typeof(IntakeModelPart).Assembly);
