using Hub.Specs;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Hub.Workflows.Internals;

/// <summary>
/// A streaming pass over YAML from outside (the API) before it is loaded as a tree: the parser keeps its own stack,
/// so this pass is safe on any input, while loading the tree recurses per level.
/// </summary>
internal static class UntrustedYaml
{
    /// <summary>False (with the error reported) when the text nests too deeply or uses an alias.</summary>
    public static bool Check(SpecContext spec, string text)
    {
        var parser = new Parser(new StringReader(text));
        var depth = 0;
        try
        {
            while (parser.MoveNext())
            {
                switch (parser.Current)
                {
                    case MappingStart or SequenceStart when ++depth > WorkflowValidation.MaxDepth:
                        spec.Error((int)parser.Current.Start.Line, "", $"The text nests more than {WorkflowValidation.MaxDepth} levels deep.");
                        return false;
                    case MappingEnd or SequenceEnd:
                        depth--;
                        break;
                    case AnchorAlias alias:
                        spec.Error((int)alias.Start.Line, "", $"YAML aliases (*{alias.Value}) are not accepted here; write the value out.");
                        return false;
                }
            }
        }
        catch (Exception ex) when (ex is YamlException or InvalidOperationException)
        {
            // Not YAML: the reader reports it with its own wording and line.
        }
        return true;
    }
}
