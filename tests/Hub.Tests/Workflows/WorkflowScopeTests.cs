using Hub.Scripting;
using Hub.Workflows;

namespace Hub.Tests.Workflows;

public sealed class WorkflowScopeTests
{
    private static readonly DateTimeOffset Now = new(2025, 11, 28, 10, 0, 0, TimeSpan.Zero);

    private static object? Eval(string expression, string dataJson = SampleEvents.OrderData, WorkflowDefinition? workflow = null) =>
        HubExpression.Parse(expression).Evaluate(WorkflowScope.Create(SampleEvents.OrderCreated(dataJson), workflow, Now));

    [Theory]
    [InlineData("event.id", "evt-1")]
    [InlineData("event.type", "order.created")]
    [InlineData("event.source", "/connectors/shop")]
    [InlineData("event.subject", "order/1")]
    [InlineData("event.time", "2025-11-28T09:30:00.0000000+00:00")]
    [InlineData("event.data.order.number", "#1001")]
    [InlineData("order.number", "#1001")]
    [InlineData("contact.firstName", "Ada")]
    [InlineData("now", "2025-11-28T10:00:00.0000000+00:00")]
    public void Expressions_see_the_event_and_its_data(string expression, string expected)
    {
        Assert.Equal(expected, Eval(expression));
    }

    [Fact]
    public void Money_stays_decimal()
    {
        Assert.Equal(25.5m, Eval("order.total"));
    }

    [Fact]
    public void Missing_contact_is_an_empty_object()
    {
        Assert.Equal(true, Eval("contact.phone == null", """{"order": {}}"""));
    }

    [Fact]
    public void Data_keys_never_hide_scope_names_or_functions()
    {
        var data = """{"event": "x", "now": "x", "string": "x", "date": "x", "phone": "x", "appointment": {"id": "a1"}}""";

        Assert.Equal("order.created", Eval("event.type", data));
        Assert.Equal("2025-11-28T10:00:00.0000000+00:00", Eval("now", data));
        Assert.Equal("ABC", Eval("'abc' | string.upcase", data));
        Assert.Equal("a1", Eval("appointment.id", data));
        Assert.Equal("x", Eval("event.data.date", data));
    }

    [Fact]
    public void The_workflow_is_visible_when_given()
    {
        var workflow = WorkflowCatalog.LoadDirectory(RepoPaths.Workflows).Find("order-confirmation")!;

        Assert.Equal("order-confirmation", Eval("workflow.id", workflow: workflow));
        Assert.Equal(workflow.Version, Eval("workflow.version", workflow: workflow));
        Assert.Null(Eval("workflow.id"));
        Assert.Equal(true, Eval("vars != null && steps != null"));
    }
}
