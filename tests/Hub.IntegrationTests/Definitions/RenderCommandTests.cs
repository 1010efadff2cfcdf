using Hub.IntegrationTests.Infrastructure;

namespace Hub.IntegrationTests.Definitions;

/// <summary>
/// <c>Hub.Host render</c> on the real binary: a shipped template rendered with a sample event file (locale fallback,
/// SMS encoding and what forced UCS-2), and a value the event lacks failing with the template's file and line.
/// Stores nothing, so it needs no database.
/// </summary>
public sealed class RenderCommandTests : IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("hub-render-");
    private static string Templates => Path.Combine(RepoPaths.Root, "workflows", "templates");

    [Fact]
    public async Task A_template_renders_with_a_sample_event_in_the_fallback_locale_with_its_sms_cost()
    {
        var eventFile = Write("""
            {"type": "order.created", "data": {"order": {"id": "o-1", "number": "#1001", "total": 1234.5, "currency": "NOK"},
             "contact": {"firstName": "Kari’s", "phone": "+4791234567"}}}
            """);

        var result = await HostCommand.RunAsync(["render", "order-confirmation", "--event", eventFile, "--locale", "nb-NO", "--channel", "sms", "--templates", Templates]);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("== sms nb (asked nb-NO): UCS-2, 1 segment", result.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("Takk, Kari’s! Ordre #1001 er bekreftet: kr 1 234,50.", result.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("U+2019 ’ forces UCS-2; write '", result.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_value_the_event_lacks_fails_with_the_file_and_line_and_exit_code_1()
    {
        var eventFile = Write("""{"type": "order.created", "data": {"order": {"id": "o-1", "total": 10, "currency": "EUR"}}}""");

        var result = await HostCommand.RunAsync(["render", "order-confirmation", "--event", eventFile, "--channel", "sms", "--locale", "en", "--templates", Templates]);

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains("order-confirmation.yaml(", result.StandardError, StringComparison.Ordinal);
        Assert.Contains("order.number", result.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Usage_is_printed_for_help_and_a_missing_event()
    {
        var help = await HostCommand.RunAsync(["render", "--help"]);
        var missing = await HostCommand.RunAsync(["render", "order-confirmation", "--locale", "en"]);

        Assert.Equal(0, help.ExitCode);
        Assert.Contains("Usage: render <template-id> --event file.json", help.StandardOutput, StringComparison.Ordinal);
        Assert.Equal(2, missing.ExitCode);
    }

    private string Write(string json)
    {
        var path = Path.Combine(_dir.FullName, $"{Guid.NewGuid():N}.json");
        File.WriteAllText(path, json);
        return path;
    }

    public void Dispose() => _dir.Delete(recursive: true);
}
