using Hub.Core.Channels;
using Hub.Scripting;
using Hub.Specs;

namespace Hub.Templates.Internals;

/// <summary>Reads one template file; every problem goes to the <see cref="SpecContext"/>.</summary>
internal static class TemplateReader
{
    private const string FallbackLocale = "en";

    private static readonly string[] Keys = ["id", "description", "default_locale", "default_time_zone", .. ChannelNames.All];

    /// <summary>The template (null when the file has errors) and the line of its id, for duplicate-id errors.</summary>
    public static (MessageTemplate? Template, int IdLine) Read(SpecContext spec, string text, EmailLayouts layouts)
    {
        if (YamlFile.Load(spec, text) is not { } node || YamlMap.From(spec, node, "") is not { } root)
        {
            return (null, 0);
        }
        root.RejectUnknown(Keys);
        var id = root.Text("id", required: true);
        if (id is not null && !TemplateNames.Id().IsMatch(id))
        {
            spec.Error(root.LineOf("id"), "id", $"'{id}' is not a valid id: use letters, digits, '-' and '_', starting with a letter or digit.");
        }
        var description = root.Text("description");
        var defaultLocale = root.Text("default_locale") ?? FallbackLocale;
        if (!TemplateNames.Locale().IsMatch(defaultLocale))
        {
            spec.Error(root.LineOf("default_locale"), "default_locale", $"'{defaultLocale}' is not a locale such as 'en' or 'de-CH'.");
        }
        var timeZone = root.Text("default_time_zone");
        if (timeZone is not null && TimeZones.Find(timeZone) is null)
        {
            spec.Error(root.LineOf("default_time_zone"), "default_time_zone", $"'{timeZone}' is not an IANA time zone such as 'Europe/Oslo'.");
        }
        var fileLines = text.Split('\n');
        var channels = new Dictionary<string, ChannelVariants>(StringComparer.Ordinal);
        foreach (var channel in ChannelNames.All.Where(root.Has))
        {
            if (ChannelReader.Read(root, channel, id ?? "", defaultLocale, fileLines, layouts) is { } variants)
            {
                channels[channel] = variants;
            }
        }
        if (!ChannelNames.All.Any(root.Has))
        {
            spec.Error(root.Line, "", $"The template has no texts; add at least one of: {string.Join(", ", ChannelNames.All)}.");
        }
        if (spec.Errors.Count > 0 || id is null)
        {
            return (null, root.LineOf("id"));
        }
        return (new MessageTemplate(id, description, defaultLocale, ContentHash.Of(text), spec.File, channels)
        {
            DefaultTimeZone = TimeZones.Find(timeZone),
            Source = text,
        }, root.LineOf("id"));
    }
}
