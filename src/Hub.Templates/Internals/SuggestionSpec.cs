using Hub.Channels;
using Scriban.Runtime;

namespace Hub.Templates.Internals;

/// <summary>A suggested reply or action as written: its kind, label, and the postback, URL or phone number texts.</summary>
internal sealed record SuggestionSpec(string Kind, TemplateText Label, TemplateText? Postback, TemplateText? Target)
{
    /// <summary>RCS Business Messaging cuts nothing: a longer label is refused by the platform.</summary>
    public const int MaxLabelLength = 25;

    public Suggestion Render(RenderTarget target, ScriptObject globals)
    {
        var label = Label.RenderMessage(globals, target).Trim();
        if (label.Length > MaxLabelLength)
        {
            throw Label.Failure(target, $"The suggestion label is {label.Length} characters; RCS allows {MaxLabelLength}.");
        }
        var value = Target?.RenderMessage(globals, target).Trim();
        // A reply with no postback answers with its label, which is what the customer tapped; actions with their kind.
        var postback = Postback?.RenderMessage(globals, target).Trim() ?? (Kind == Suggestion.Reply ? label : Kind);
        return new Suggestion(Kind, label, postback)
        {
            Url = Kind == Suggestion.OpenUrl ? value : null,
            PhoneNumber = Kind == Suggestion.Dial ? value : null,
        };
    }
}
