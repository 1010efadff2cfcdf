using Hub.Storage;

namespace Hub.Verifications.Internals;

internal sealed class VerificationsModelPart() : AssemblyModelPart(typeof(VerificationsModelPart).Assembly);
