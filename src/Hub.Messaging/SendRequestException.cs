namespace Hub.Messaging;

/// <summary>A send request that cannot be carried out as written (a missing template, a text that fails to render): retrying will not help.</summary>
public sealed class SendRequestException : Exception
{
    public SendRequestException() { }

    public SendRequestException(string message) : base(message) { }

    public SendRequestException(string message, Exception inner) : base(message, inner) { }
}
