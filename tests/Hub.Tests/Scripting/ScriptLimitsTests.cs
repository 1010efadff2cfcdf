using Hub.Scripting;
using Scriban.Runtime;

namespace Hub.Tests.Scripting;

/// <summary>Each limit stops a template clearly, so that an analyst's mistake cannot hang a worker or fill a message.</summary>
public sealed class ScriptLimitsTests
{
    private static string Render(string text, ScriptLimits? limits = null) =>
        HubTemplate.Parse("limits-test", text).Render(new ScriptObject(), limits);

    [Fact]
    public void A_loop_beyond_the_loop_limit_fails()
    {
        var ex = Assert.Throws<ScriptException>(() => Render("{{ for i in 1..5000 }}x{{ end }}"));

        Assert.Contains("limits-test", ex.Message, StringComparison.Ordinal);
        Assert.Contains("loop", ex.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Recursion_beyond_the_recursion_limit_fails()
    {
        var ex = Assert.Throws<ScriptException>(() => Render("{{ func down(n)\n ret down(n + 1)\nend }}{{ down 1 }}"));

        Assert.Contains("recursive", ex.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Output_beyond_the_output_limit_fails()
    {
        var ex = Assert.Throws<ScriptException>(() =>
            Render("{{ for i in 1..900 }}{{ '0123456789' }}{{ end }}", new ScriptLimits { OutputLimit = 1_000 }));

        Assert.Contains("output", ex.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void A_template_that_runs_past_the_time_limit_fails()
    {
        var limits = new ScriptLimits { LoopLimit = 0, Timeout = TimeSpan.FromMilliseconds(100) };

        var ex = Assert.Throws<ScriptException>(() => Render("{{ while true }}{{ end }}", limits));

        Assert.Contains("ran longer than its limit of 0.1 s", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Templates_see_no_dotnet_objects_only_the_functions_given_to_them()
    {
        var globals = new ScriptObject { ["clock"] = TimeProvider.System };

        var ex = Assert.Throws<ScriptException>(() =>
            HubTemplate.Parse("no-dotnet", "{{ clock.LocalTimeZone }}").Render(globals));

        Assert.Contains("`clock.LocalTimeZone` has no value", ex.Message, StringComparison.Ordinal);
    }
}
