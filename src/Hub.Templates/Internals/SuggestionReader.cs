using Hub.Channels;
using Hub.Specs;
using YamlDotNet.RepresentationModel;

namespace Hub.Templates.Internals;

/// <summary>
/// Reads <c>suggestions:</c>, a list of <c>{reply: label, postback}</c>, <c>{open_url: label, url}</c> and
/// <c>{dial: label, phone}</c>, every value a Scriban text.
/// </summary>
internal static class SuggestionReader
{
    private static readonly string[] Kinds = [Suggestion.Reply, Suggestion.OpenUrl, Suggestion.Dial];

    public static List<SuggestionSpec> Read(YamlMap map, int max, string templateId, IReadOnlyList<string> fileLines, List<TemplateText> texts)
    {
        var found = new List<SuggestionSpec>();
        if (map.Node("suggestions") is not { } node)
        {
            return found;
        }
        if (node is not YamlSequenceNode list)
        {
            map.Spec.Error(node, map.FieldOf("suggestions"), "Expected a list of suggestions: - reply: label, - open_url: label with url, - dial: label with phone.");
            return found;
        }
        if (list.Children.Count > max)
        {
            map.Spec.Error(node, map.FieldOf("suggestions"), $"{list.Children.Count} suggestions; RCS shows at most {max} here.");
        }
        for (var i = 0; i < list.Children.Count; i++)
        {
            var field = $"{map.FieldOf("suggestions")}[{i}]";
            if (YamlMap.From(map.Spec, list.Children[i], field) is not { } entry)
            {
                continue;
            }
            var kinds = Kinds.Where(entry.Has).ToList();
            if (kinds.Count != 1)
            {
                map.Spec.Error(list.Children[i], field, "Each suggestion is one of reply, open_url or dial, with its label.");
                continue;
            }
            var kind = kinds[0];
            var targetKey = kind switch { Suggestion.OpenUrl => "url", Suggestion.Dial => "phone", _ => null };
            entry.RejectUnknown(targetKey is null ? [kind, "postback"] : [kind, "postback", targetKey]);
            var label = TemplateText.Read(entry, kind, templateId, required: true, fileLines);
            var postback = TemplateText.Read(entry, "postback", templateId, required: false, fileLines);
            var target = targetKey is null ? null : TemplateText.Read(entry, targetKey, templateId, required: true, fileLines);
            texts.AddRange(new[] { label, postback, target }.OfType<TemplateText>());
            if (label is not null && (targetKey is null || target is not null))
            {
                found.Add(new SuggestionSpec(kind, label, postback, target));
            }
        }
        return found;
    }
}
