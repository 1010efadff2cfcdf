using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;
using Hub.Specs;

namespace Hub.Connectors.Internals.Spec;

/// <summary>Reads a spec file into YAML nodes that remember their line, reporting syntax errors as spec errors.</summary>
internal static class YamlDocumentLoader
{
    public const string SyntaxField = "(yaml)";

    public static YamlMappingNode? Load(string text, SpecDiagnostics diagnostics)
    {
        var parser = new Parser(new StringReader(text));
        var stream = new YamlStream();
        try
        {
            stream.Load(parser);
        }
        catch (YamlException ex)
        {
            diagnostics.Add(ex.Start.Line, SyntaxField, ex.Message);
            return null;
        }
        catch (InvalidOperationException ex)
        {
            // YamlDotNet fails this way on some malformed input (an unclosed flow sequence); the last event it
            // managed to read is the best line we have.
            diagnostics.Add(parser.Current?.End.Line ?? 0, SyntaxField, $"malformed YAML near here ({ex.Message})");
            return null;
        }

        switch (stream.Documents.Count)
        {
            case 0:
                diagnostics.Add(0, SyntaxField, "the file is empty");
                return null;
            case > 1:
                diagnostics.Add(stream.Documents[1].RootNode, SyntaxField, "one connector per file: found more than one YAML document");
                return null;
        }
        if (stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            diagnostics.Add(stream.Documents[0].RootNode, SyntaxField, "expected a mapping (type:, name:, verify:, routes: ...)");
            return null;
        }
        return root;
    }
}
