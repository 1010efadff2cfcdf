namespace Hub.Contacts;

public enum SendVerdict
{
    Send,
    Skip,
    Hold,
}
