using Hub.Workflows;
using Hub.Workflows.Engine;

namespace Hub.Tests.Workflows;

/// <summary>Nested steps are laid out in one list: each knows what follows it and where its branches start.</summary>
public sealed class WorkflowProgramTests : IDisposable
{
    private readonly TempSpecDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private WorkflowProgram Load(string yaml)
    {
        _dir.Write("w.yaml", yaml);
        return WorkflowCatalog.LoadDirectory(_dir.Path).All.Single().Program;
    }

    [Fact]
    public void Branches_continue_with_the_step_after_their_parent()
    {
        var program = Load("""
            id: w
            trigger: order.created
            steps:
              - id: check
                if: order.total > 100
                then:
                  - id: vip
                    set: { vip: true }
                else:
                  - id: normal
                    set: { vip: false }
                  - id: more
                    set: { more: true }
              - id: after
                end:
            """);

        var check = program.Nodes[program.IndexOf("check")];
        Assert.Equal(program.IndexOf("vip"), check.BranchStart("then"));
        Assert.Equal(program.IndexOf("normal"), check.BranchStart("else"));
        Assert.Equal(program.IndexOf("after"), check.Next);
        Assert.Equal(program.IndexOf("after"), program.Nodes[program.IndexOf("vip")].Next);
        Assert.Equal(program.IndexOf("more"), program.Nodes[program.IndexOf("normal")].Next);
        Assert.Equal(program.IndexOf("after"), program.Nodes[program.IndexOf("more")].Next);
        Assert.Equal(WorkflowProgram.End, program.Nodes[program.IndexOf("after")].Next);
        Assert.Equal(0, program.IndexOf("check")); // reading order: the top level first
    }

    [Fact]
    public void An_empty_branch_goes_straight_on_and_nested_ids_come_from_their_parent()
    {
        var program = Load("""
            id: w
            trigger: order.created
            steps:
              - id: answer
                wait_for: { event: message.received, timeout: 12h }
                on_timeout:
                  - set: { late: true }
              - set: { done: true }
            """);

        var wait = program.Nodes[program.IndexOf("answer")];
        Assert.Equal(wait.Next, wait.BranchStart(WaitForStep.EventBranch));
        Assert.Equal("answer.on-timeout-1", program.Nodes[wait.BranchStart(WaitForStep.TimeoutBranch)].Step.Id);
        Assert.Equal("step-2", program.Nodes[wait.Next].Step.Id);
    }
}
