namespace Hub.Scripting;

/// <summary>
/// Text that is already HTML (escaped by <c>html.escape</c>, or trusted with <c>raw</c>), so that the escaping an email's
/// HTML applies to every value does not escape it twice.
/// </summary>
public sealed record HtmlMarkup(string Html)
{
    public override string ToString() => Html;
}
