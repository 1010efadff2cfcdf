using Hub.Storage;

namespace Hub.Users.Internals;

internal sealed class UsersModelPart() : AssemblyModelPart(typeof(UsersModelPart).Assembly);
