using System.Globalization;
using System.Text.Json.Nodes;
using Hub.Events;
using Hub.Templates;
using Hub.Workflows;
using Hub.Workflows.Simulation;

namespace Hub.Host.Infrastructure;

/// <summary>
/// <c>Hub.Host render &lt;template-id&gt; --event file.json [--channel c] [--locale l] [--templates dir]</c>: renders a
/// template file with a sample event as a workflow's send would (no database, no server) and prints each variant with
/// the locale it fell back to and, for SMS, its encoding and segments. A variant that fails prints its error and
/// file line, and the exit code is 1.
/// </summary>
internal static class RenderCommand
{
    private const string Usage =
        "Usage: render <template-id> --event file.json [--channel sms|whatsapp|rcs|email] [--locale nb-NO] [--templates dir]\n" +
        "  The file holds an event as {\"type\": \"order.created\", \"data\": {...}}. Without --locale every written locale is rendered.";

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter errors)
    {
        if (args.Length == 0 || args[0].StartsWith('-') || args.Length % 2 == 0)
        {
            output.WriteLine(Usage);
            return args is ["--help"] or ["-h"] ? 0 : 2;
        }
        var options = new HubOptions();
        string? eventFile = null, channel = null, locale = null;
        for (var i = 1; i + 1 < args.Length; i += 2)
        {
            switch (args[i])
            {
                case "--event": eventFile = args[i + 1]; break;
                case "--channel": channel = args[i + 1]; break;
                case "--locale": locale = args[i + 1]; break;
                case "--templates": options.TemplatesPath = args[i + 1]; break;
                default:
                    errors.WriteLine($"Unknown option '{args[i]}'.\n{Usage}");
                    return 2;
            }
        }
        if (eventFile is null)
        {
            errors.WriteLine(Usage);
            return 2;
        }
        var root = Directory.GetCurrentDirectory();
        var templatesPath = options.TemplatesPath is null
            ? Path.Combine(ContentPaths.Resolve(options.WorkflowsPath, root), "templates")
            : ContentPaths.Resolve(options.TemplatesPath, root);
        if (TemplateCatalog.LoadDirectory(templatesPath).Find(args[0]) is not { } template)
        {
            errors.WriteLine($"No template '{args[0]}' in {templatesPath}.");
            return 1;
        }
        if (channel is not null && !template.HasChannel(channel))
        {
            errors.WriteLine($"Template '{template.Id}' has no {channel} variant; it has {string.Join(", ", template.Channels)}.");
            return 1;
        }
        if (!File.Exists(eventFile) || JsonNode.Parse(await File.ReadAllTextAsync(eventFile)) is not JsonObject json)
        {
            errors.WriteLine($"{eventFile} is not a file with a JSON object.");
            return 1;
        }
        var problems = new Dictionary<string, string[]>();
        var now = TimeProvider.System.GetUtcNow();
        if (SimulationEventReader.Read(json, "event", "render", now, EventCatalog.Default, problems) is not { } e)
        {
            foreach (var (field, messages) in problems)
            {
                errors.WriteLine($"{eventFile}: {field}: {string.Join(" ", messages)}");
            }
            return 1;
        }
        var scope = WorkflowScope.Create(e, null, now);
        var failed = false;
        foreach (var name in channel is null ? template.Channels : [channel])
        {
            foreach (var requested in locale is null ? template.LocalesOf(name) : [locale])
            {
                failed |= !Print(template, name, requested, scope, output, errors);
            }
        }
        return failed ? 1 : 0;
    }

    private static bool Print(MessageTemplate template, string channel, string locale, Scriban.Runtime.ScriptObject scope, TextWriter output, TextWriter errors)
    {
        try
        {
            var message = template.Render(channel, locale, scope);
            var asked = string.Equals(message.Locale, locale, StringComparison.OrdinalIgnoreCase) ? "" : $" (asked {locale})";
            var cost = message.Sms is { } sms
                ? string.Create(CultureInfo.InvariantCulture, $": {sms.EncodingName}, {sms.Segments} segment{(sms.Segments == 1 ? "" : "s")}, {sms.Units} {sms.UnitName}")
                : "";
            output.WriteLine($"== {channel} {message.Locale}{asked}{cost}");
            if (message.Subject is not null)
            {
                output.WriteLine($"Subject: {message.Subject}");
            }
            output.WriteLine(message.Body);
            if (message.Html is not null)
            {
                output.WriteLine("-- html");
                output.WriteLine(message.Html);
            }
            foreach (var character in message.Sms?.UnicodeCharacters ?? [])
            {
                output.WriteLine($"   {character.CodePointText} {character.Character} forces UCS-2{(character.Replacement is { } r ? $"; write {(r.Length == 0 ? "nothing" : r)}" : "")}");
            }
            return true;
        }
        catch (TemplateRenderException ex)
        {
            errors.WriteLine($"== {channel} {locale}: {ex.Message}");
            return false;
        }
    }
}
