using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Hub.Specs;

/// <summary>Reads a file that must hold exactly one YAML document whose root is a mapping.</summary>
public static class YamlFile
{
    public static YamlMappingNode? Load(SpecContext spec, string text)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var wording = spec.Wording;
        var parser = new TrackingParser(new Parser(new StringReader(text)));
        var stream = new YamlStream();
        try
        {
            stream.Load(parser);
        }
        catch (YamlException ex)
        {
            spec.Error((int)ex.Start.Line, wording.FileField, wording.NotYaml(ex.Message));
            return null;
        }
        catch (InvalidOperationException ex)
        {
            // YamlDotNet's scanner throws this (without a position) on some malformed input, an unclosed flow
            // sequence for one; the end of the last event it read is the best line there is.
            spec.Error(parser.Line, wording.FileField, wording.MalformedYaml(ex.Message));
            return null;
        }
        switch (stream.Documents.Count)
        {
            case 0:
                spec.Error(wording.EmptyFileLine, wording.FileField, wording.EmptyFile());
                return null;
            case > 1:
                // At the second document, where the file stops being one thing.
                spec.Error(stream.Documents[1].RootNode, wording.FileField, wording.SeveralDocuments());
                return null;
        }
        if (stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            spec.Error(stream.Documents[0].RootNode, wording.FileField, wording.RootNotAMapping(stream.Documents[0].RootNode));
            return null;
        }
        return root;
    }
}
