using Hub.Specs;
using Hub.Workflows;

namespace Hub.Tests.Workflows;

/// <summary>Reads one workflow file with a given steps section, for the tests of one step kind's reader.</summary>
internal sealed class StepFiles : IDisposable
{
    private readonly TempSpecDirectory _dir = new();

    /// <summary>The file's only error; <paramref name="steps"/> is the YAML under <c>steps:</c>, starting at line 4.</summary>
    public SpecError SingleError(string steps)
    {
        var file = _dir.Write("a.yaml", Wrap(steps));
        var errors = WorkflowCatalog.Validate(_dir.Path);
        var error = Assert.Single(errors);
        Assert.Equal(file, error.File);
        return error;
    }

    public WorkflowStep SingleStep(string steps)
    {
        _dir.Write("a.yaml", Wrap(steps));
        return Assert.Single(WorkflowCatalog.LoadDirectory(_dir.Path).Find("a")!.Steps);
    }

    public static void AssertAt(SpecError error, int line, string field, string messagePart)
    {
        Assert.Equal(line, error.Line);
        Assert.Equal(field, error.Field);
        Assert.Contains(messagePart, error.Message, StringComparison.Ordinal);
    }

    private static string Wrap(string steps) => "id: a\ntrigger: order.created\nsteps:\n" + steps.ReplaceLineEndings("\n");

    public void Dispose() => _dir.Dispose();
}
