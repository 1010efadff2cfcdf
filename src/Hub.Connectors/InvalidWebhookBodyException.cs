namespace Hub.Connectors;

/// <summary>A request body that cannot be read in the connector's format; the message says what is wrong and where.</summary>
public sealed class InvalidWebhookBodyException : Exception
{
    public InvalidWebhookBodyException() { }

    public InvalidWebhookBodyException(string message) : base(message) { }

    public InvalidWebhookBodyException(string message, Exception innerException) : base(message, innerException) { }
}
