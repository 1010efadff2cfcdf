namespace Hub.Tests.Specs;

/// <summary>The one file reader: syntax errors, empty files and several documents, in both wordings.</summary>
public sealed class YamlFileTests
{
    private static readonly SpecWording Phrases = new PhraseWording("widget", "id:, parts: ...");

    [Theory]
    [InlineData(null, "", "1: : The file is empty.")]
    [InlineData("phrases", "", "0: (yaml): the file is empty")]
    [InlineData(null, "id: a\n---\nid: b\n", "3: : The file must hold one YAML document, not several.")]
    [InlineData("phrases", "id: a\n---\nid: b\n", "3: (yaml): one widget per file: found more than one YAML document")]
    [InlineData(null, "- a\n", "1: : The file must be a YAML mapping (key: value lines).")]
    [InlineData("phrases", "- a\n", "1: (yaml): expected a mapping (id:, parts: ...)")]
    public void The_file_must_be_one_mapping(string? wording, string yaml, string expected)
    {
        var spec = new SpecContext("w.yaml", wording is null ? null : Phrases);

        Assert.Null(YamlFile.Load(spec, yaml));

        var error = Assert.Single(spec.Errors);
        Assert.Equal(expected, $"{error.Line}: {error.Field}: {error.Message}");
    }

    [Fact]
    public void Broken_yaml_is_reported_at_its_line()
    {
        var spec = new SpecContext("w.yaml", Phrases);

        Assert.Null(YamlFile.Load(spec, "id: a\nparts: [x\n"));

        var error = Assert.Single(spec.Errors);
        Assert.Equal("(yaml)", error.Field);
        Assert.True(error.Line >= 2, error.ToString());
    }
}
