using Hub.Scripting;

namespace Hub.Tests.Scripting;

public sealed class ScriptPathsTests
{
    private static List<string> PathsOf(string expression) =>
        [.. HubExpression.Parse(expression).Paths.Select(p => string.Join('.', p))];

    [Fact]
    public void Member_chains_are_read_whole_and_once()
    {
        Assert.Equal(["event.data.order.total", "contact.phone"], PathsOf("event.data.order.total > 100 && contact.phone != null"));
    }

    [Fact]
    public void Pipes_functions_and_literal_indexes_are_paths_too()
    {
        var paths = PathsOf("order.lines[0].sku | string.upcase");

        Assert.Contains("order.lines.0.sku", paths);
        Assert.Contains("string.upcase", paths);
    }

    [Fact]
    public void A_computed_index_ends_the_path_and_its_own_reads_count()
    {
        var paths = PathsOf("order.lines[vars.i].sku");

        Assert.Contains("vars.i", paths);
        Assert.DoesNotContain(paths, p => p.StartsWith("order.lines.", StringComparison.Ordinal));
    }
}
