namespace Hub.Contacts;

/// <summary>
/// The check every send passes before its provider is called (<c>Hub.Messaging</c>'s delivery): consent for the
/// purpose on the channel, the sender's STOP policy, quiet hours for marketing, and the channel's service window.
/// </summary>
public interface ISendPermissions
{
    /// <param name="channel">The message's channel.</param>
    /// <param name="address">Where it goes: E.164 phone or email.</param>
    /// <param name="purpose"><c>transactional</c>, <c>marketing</c>, or <c>system</c> (keyword answers: never held or skipped).</param>
    /// <param name="sender">The provider instance id that would send it.</param>
    Task<SendPermission> CheckAsync(string channel, string address, string purpose, string sender, DateTimeOffset now, CancellationToken cancellationToken);
}
