namespace Hub.Messaging;

/// <summary>
/// The one way into messaging for workflows and the send API. The request, its first message and that message's
/// delivery job are tracked on the scope's <c>HubDbContext</c> and stored with the caller's next <c>SaveChanges</c>, atomically with the
/// caller's own work. Throws <c>TemplateRenderException</c> when the template is missing or fails to render.
/// </summary>
public interface ISendRequests
{
    SendRequestResult Request(SendRequest request);
}
