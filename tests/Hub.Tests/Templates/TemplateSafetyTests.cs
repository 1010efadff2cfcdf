using Hub.Templates;
using Hub.Tests.Workflows;
using Hub.Workflows;
using Scriban.Runtime;

namespace Hub.Tests.Templates;

/// <summary>Values from events are text, not control, in every part of every channel.</summary>
public sealed class TemplateSafetyTests : IDisposable
{
    private const string SpoofedNumber = "#99\u0000\u202e99";
    private readonly TempSpecDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private static MessageTemplate OrderConfirmation => TemplateCatalog.LoadDirectory(RepoPaths.Templates).Find("order-confirmation")!;

    private static ScriptObject Order(string number, string firstName = "Ada")
    {
        var data = new System.Text.Json.Nodes.JsonObject
        {
            ["order"] = new System.Text.Json.Nodes.JsonObject
            {
                ["number"] = number, ["total"] = 5, ["currency"] = "EUR", ["url"] = "https://shop.example/o?a=1&b=2",
            },
            ["contact"] = new System.Text.Json.Nodes.JsonObject { ["firstName"] = firstName },
        };
        return WorkflowScope.Create(SampleEvents.OrderCreated(data.ToJsonString()), null, DateTimeOffset.UnixEpoch);
    }

    [Fact]
    public void Control_characters_and_bidi_overrides_from_an_event_are_removed_from_an_sms()
    {
        var message = OrderConfirmation.Render("sms", "en", Order(SpoofedNumber));

        Assert.Equal("Thanks Ada! Order #9999 is confirmed: €5.00.", message.Body);
    }

    [Fact]
    public void They_are_removed_from_the_subject_text_and_html_of_an_email()
    {
        var message = OrderConfirmation.Render("email", "en", Order(SpoofedNumber));

        Assert.Equal("Your order #9999 is confirmed", message.Subject);
        Assert.Contains("your order #9999.", message.Body, StringComparison.Ordinal);
        Assert.Contains("<strong>#9999</strong>", message.Html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("A\u2066B\u2069C\u202aD\u202bE\u202cF\u202dG", "ABCDEFG")]
    [InlineData("bell\u0007 esc\u001b del\u007f c1\u0085.", "bell esc del c1.")]
    [InlineData("two\r\nlines\tand a tab", "two\nlines\tand a tab")]
    public void Every_control_but_line_feed_and_tab_goes(string value, string expected)
    {
        Assert.Equal(expected, Hub.Scripting.UntrustedText.Clean(value));
    }

    [Fact]
    public void Values_in_email_html_are_escaped_without_being_asked()
    {
        var message = OrderConfirmation.Render("email", "en", Order("<b>1</b>", "<script>alert(1)</script>"));

        Assert.Contains("<p>Hi &lt;script&gt;alert(1)&lt;/script&gt;,</p>", message.Html, StringComparison.Ordinal);
        Assert.Contains("<strong>&lt;b&gt;1&lt;/b&gt;</strong>", message.Html, StringComparison.Ordinal);
        Assert.Contains("href=\"https://shop.example/o?a=1&amp;b=2\"", message.Html, StringComparison.Ordinal);
        Assert.Contains("Hi <script>alert(1)</script>,", message.Body, StringComparison.Ordinal); // plain text is not HTML
    }

    [Fact]
    public void Html_escape_written_by_hand_is_not_escaped_twice_and_raw_is_written_as_it_is()
    {
        _dir.Write("t.yaml", """
            id: t
            email:
              en:
                subject: "s"
                text: "t"
                html: "<p>{{ name | html.escape }}</p>{{ '<hr>' | raw }}{{ name }}"
            """);
        var template = Assert.Single(TemplateCatalog.LoadDirectory(_dir.Path).All);
        var globals = new ScriptObject { ["name"] = "A&B" };

        Assert.Equal("<p>A&amp;B</p><hr>A&amp;B", template.Render("email", "en", globals).Html);
    }
}
