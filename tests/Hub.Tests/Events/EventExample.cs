namespace Hub.Tests.Events;

/// <summary>
/// One event type's smallest valid data, and a broken variant with the one error it must give.
/// </summary>
internal sealed record EventExample(string Type, string Valid, string Broken, string Path, string Message);
