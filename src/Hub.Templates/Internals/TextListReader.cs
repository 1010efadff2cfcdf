using Hub.Specs;
using YamlDotNet.RepresentationModel;

namespace Hub.Templates.Internals;

/// <summary>Reads a list of texts (a single text is a list of one), each parsed as Scriban with its own position.</summary>
internal static class TextListReader
{
    public static List<TemplateText> Read(YamlMap map, string key, string templateId, IReadOnlyList<string> fileLines, List<TemplateText> texts)
    {
        var found = new List<TemplateText>();
        switch (map.Node(key))
        {
            case null:
                break;
            case YamlSequenceNode list:
                for (var i = 0; i < list.Children.Count; i++)
                {
                    if (TemplateText.ReadNode(map.Spec, list.Children[i], $"{map.FieldOf(key)}[{i}]", templateId, fileLines) is { } text)
                    {
                        found.Add(text);
                    }
                }
                break;
            case var single:
                if (TemplateText.ReadNode(map.Spec, single, map.FieldOf(key), templateId, fileLines) is { } one)
                {
                    found.Add(one);
                }
                break;
        }
        texts.AddRange(found);
        return found;
    }
}
