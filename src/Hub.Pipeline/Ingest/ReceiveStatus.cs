namespace Hub.Pipeline.Ingest;

public enum ReceiveStatus
{
    Accepted,
    Duplicate,
    ConnectorNotFound,
    UnsupportedMediaType,
    Unauthorized,
    InvalidBody,
}
