namespace Hub.Tests.Specs;

/// <summary>The one mapping reader of connectors, workflows and templates, in both of its wordings.</summary>
public sealed class YamlMapTests
{
    private static readonly SpecWording Phrases = new PhraseWording("widget", "id:, parts: ...");

    private static (YamlMap Map, SpecContext Spec) Read(string yaml, SpecWording? wording = null)
    {
        var spec = new SpecContext("w.yaml", wording);
        var root = YamlFile.Load(spec, yaml) ?? throw new InvalidOperationException(string.Join("; ", spec.Errors));
        return (YamlMap.Of(spec, root, ""), spec);
    }

    [Fact]
    public void An_empty_value_is_absent_to_Node_and_written_to_Written()
    {
        var (map, spec) = Read("a:\nb: x\n");

        Assert.Null(map.Node("a"));
        Assert.NotNull(map.Written("a"));
        Assert.Null(map.NonBlankText("a"));
        Assert.Equal("x", map.Text("b"));
        Assert.Equal("1: a: Expected text, found nothing.", Only(spec));
    }

    [Fact]
    public void Non_blank_text_is_trimmed_and_blank_text_is_reported_in_phrases()
    {
        var (map, spec) = Read("a: '  x  '\nb: '  '\n", Phrases);

        Assert.Equal("x", map.NonBlankText("a"));
        Assert.Null(map.NonBlankText("b"));
        Assert.Equal("2: b: expected text, found '  '", Only(spec));
    }

    [Theory]
    [InlineData(null, "1: size: 'huge' is not one of: s, m.")]
    [InlineData("phrases", "1: size: 'huge' is not one of: s, m")]
    public void A_choice_names_the_allowed_values(string? wording, string expected)
    {
        var (map, spec) = Read("size: huge\n", wording is null ? null : Phrases);

        Assert.Null(map.Choice("size", ["s", "m"]));
        Assert.Equal(expected, Only(spec));
    }

    [Fact]
    public void Whole_numbers_booleans_and_lists_are_read_as_written()
    {
        var (map, spec) = Read("n: 1_048_576\nflag: false\none: a\nmany: [a, b]\nbad: yes\n", Phrases);

        Assert.Equal(1_048_576, map.WholeNumber("n"));
        Assert.False(map.Boolean("flag"));
        Assert.Equal(["a"], map.TextList("one")!.Select(t => t.Value));
        Assert.Equal(["a", "b"], map.TextList("many")!.Select(t => t.Value));
        Assert.Null(map.Boolean("bad"));
        Assert.Equal("5: bad: expected true or false, found 'yes'", Only(spec));
    }

    [Fact]
    public void A_missing_mapping_is_reported_at_the_key_that_owns_it()
    {
        var (map, spec) = Read("outer:\n  x: 1\n", Phrases);

        var outer = map.Mapping("outer", required: true)!;
        outer.Written("inner", required: true);
        Assert.Null(map.Mapping("absent"));

        Assert.Equal("1: outer.inner: is required", Only(spec));
    }

    [Fact]
    public void Keys_nobody_asked_for_are_unknown_and_the_asked_ones_are_listed_in_order()
    {
        var (map, spec) = Read("zeta: 1\nalpha: 2\ntypo: 3\n", Phrases);

        map.Written("zeta");
        map.Node("alpha");
        Assert.True(map.Has("typo")); // Has does not make a key known
        map.RejectKeysNotAskedFor();

        Assert.Equal("3: typo: unknown key; expected one of: alpha, zeta", Only(spec));
    }

    [Fact]
    public void A_hint_replaces_the_list_of_known_keys()
    {
        var (map, spec) = Read("each: x\ntypo: 3\n", Phrases);

        map.Written("each");
        map.RejectKeysNotAskedFor("a mapping with 'each' takes only: each, as, map");

        Assert.Equal("2: typo: unknown key; a mapping with 'each' takes only: each, as, map", Only(spec));
    }

    [Theory]
    [InlineData(null, "1: : Keys must be plain words.")]
    [InlineData("phrases", "1: : expected a plain name as key, found a list")]
    public void A_key_that_is_not_a_plain_name_is_reported_once(string? wording, string expected)
    {
        var (map, spec) = Read("[a, b]: 1\nname: x\n", wording is null ? null : Phrases);

        Assert.Equal(["name"], map.Entries().Select(e => e.Key));
        Assert.Equal(expected, Only(spec));
    }

    [Fact]
    public void Explicitly_allowed_keys_keep_their_order_in_sentences()
    {
        var (map, spec) = Read("id: a\nsteps: []\nif: x\n");

        map.RejectUnknown(["id", "trigger", "steps"]);

        Assert.Equal("3: if: Unknown key 'if'; expected one of: id, trigger, steps.", Only(spec));
    }

    private static string Only(SpecContext spec)
    {
        var error = Assert.Single(spec.Errors);
        return $"{error.Line}: {error.Field}: {error.Message}";
    }
}
