using System.Text.Json.Nodes;
using Hub.Scripting;
using Scriban.Runtime;

namespace Hub.Tests.Scripting;

public sealed class HubExpressionTests
{
    private static ScriptObject Globals(string json)
    {
        var globals = new ScriptObject();
        globals.SetValue("body", ScriptValues.FromJson(JsonNode.Parse(json)), readOnly: false);
        return globals;
    }

    [Fact]
    public void Large_integer_ids_keep_every_digit()
    {
        var value = HubExpression.Parse("body.id | text").Evaluate(Globals("""{"id": 820982911946154508}"""));
        Assert.Equal("820982911946154508", value);
    }

    [Fact]
    public void Money_stays_decimal()
    {
        var value = HubExpression.Parse("body.total | decimal").Evaluate(Globals("""{"total": "10.10"}"""));
        Assert.Equal(10.10m, value);
    }

    [Fact]
    public void Null_coalescing_falls_back_across_missing_objects()
    {
        var value = HubExpression.Parse("body.customer.phone ?? body.shipping.phone")
            .Evaluate(Globals("""{"shipping": {"phone": "555"}}"""));
        Assert.Equal("555", value);
    }

    [Theory]
    [InlineData("(213) 373-4253", "US", "+12133734253")]
    [InlineData("+44 20 7946 0958", null, "+442079460958")]
    [InlineData("555-555-SHIP", "US", "+15555557447")]
    [InlineData("12", "US", null)]
    [InlineData("not a phone", "US", null)]
    public void Phone_numbers_become_e164(string input, string? region, string? expected)
    {
        var globals = Globals($$"""{"p": "{{input}}", "r": {{(region is null ? "null" : $"\"{region}\"")}} }""");
        Assert.Equal(expected, HubExpression.Parse("body.p | phone body.r").Evaluate(globals));
    }

    [Fact]
    public void Epoch_milliseconds_become_iso_times()
    {
        Assert.Equal("2016-05-02T19:11:47.945+00:00", HubExpression.Parse("body.t | timestamp_ms").Evaluate(Globals("""{"t": 1462216307945}""")));
        Assert.Null(HubExpression.Parse("body.t | timestamp_ms").Evaluate(Globals("""{"t": "soon"}""")));
    }

    [Fact]
    public void Builtin_string_functions_remain_available()
    {
        Assert.Equal(true, HubExpression.Parse("(body.t | string.strip | string.downcase) == \"yes\"").Evaluate(Globals("""{"t": " YES "}""")));
    }

    [Fact]
    public void Syntax_errors_name_the_expression()
    {
        var error = Assert.Throws<ScriptException>(() => HubExpression.Parse("body.x |"));
        Assert.Contains("body.x", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Loops_are_bounded()
    {
        var template = HubTemplate.Parse("loop", "{{ for i in 1..100000 }}x{{ end }}");
        Assert.Throws<ScriptException>(() => template.Render(new ScriptObject()));
    }

    [Fact]
    public void Templates_report_undefined_variables()
    {
        var template = HubTemplate.Parse("missing", "Hello {{ contact.firstName }}");
        var error = Assert.Throws<ScriptException>(() => template.Render(new ScriptObject()));
        Assert.Contains("contact", error.Message, StringComparison.Ordinal);
    }
}
