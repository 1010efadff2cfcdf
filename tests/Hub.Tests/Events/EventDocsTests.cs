using System.Text.RegularExpressions;
using Hub.Events;

namespace Hub.Tests.Events;

/// <summary>docs/events.md is what integrators and analysts read: it must cover every type and its examples must be valid.</summary>
public sealed partial class EventDocsTests
{
    private static readonly string Doc = File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "events.md"));

    [GeneratedRegex(@"^### (.*?)$(.*?)(?=^### |^## )", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex Section();

    [GeneratedRegex(@"```json\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex JsonBlock();

    [GeneratedRegex(@"`([a-z]+\.[a-z_]+)`")]
    private static partial Regex TypeName();

    [Fact]
    public void Every_type_is_documented()
    {
        Assert.All(EventCatalog.Default.Types, type => Assert.Contains($"`{type}`", Doc, StringComparison.Ordinal));
    }

    [Fact]
    public void Every_example_in_the_event_types_section_is_valid_for_its_type()
    {
        var types = Doc[Doc.IndexOf("## The event types", StringComparison.Ordinal)..];
        var sections = Section().Matches(types);

        Assert.Equal(8, sections.Count);
        Assert.All(sections, section =>
        {
            // A section's type is the first catalogued type it names: in its heading or its table.
            var type = TypeName().Matches(section.Value).Select(m => m.Groups[1].Value).First(EventCatalog.Default.IsKnown);
            var examples = JsonBlock().Matches(section.Groups[2].Value);
            Assert.NotEmpty(examples);
            Assert.All(examples, block => Assert.Equal([], EventData.Errors(type, block.Groups[1].Value)));
        });
    }
}
