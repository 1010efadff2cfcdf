using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Hub.Specs;

/// <summary>Reads a file that must hold exactly one YAML document whose root is a mapping.</summary>
public static class YamlFile
{
    public static YamlMappingNode? Load(SpecContext spec, string text)
    {
        var parser = new TrackingParser(new Parser(new StringReader(text)));
        var stream = new YamlStream();
        try
        {
            stream.Load(parser);
        }
        catch (YamlException ex)
        {
            spec.Error((int)ex.Start.Line, "", $"Not valid YAML: {ex.Message}");
            return null;
        }
        catch (InvalidOperationException ex)
        {
            // YamlDotNet's scanner throws this (without a position) on some malformed input.
            spec.Error(parser.Line, "", $"Not valid YAML near here: {ex.Message}");
            return null;
        }
        if (stream.Documents.Count != 1)
        {
            spec.Error(1, "", stream.Documents.Count == 0 ? "The file is empty." : "The file must hold one YAML document, not several.");
            return null;
        }
        if (stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            spec.Error(stream.Documents[0].RootNode, "", "The file must be a YAML mapping (key: value lines).");
            return null;
        }
        return root;
    }
}
