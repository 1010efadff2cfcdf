namespace Hub.Intake;

public enum ReceiveStatus
{
    Accepted,
    Duplicate,
    ConnectorNotFound,
    UnsupportedMediaType,
    Unauthorized,
    InvalidBody,
}
