using Hub.Specs;

namespace Hub.Templates.Internals;

/// <summary>Reads one layout file; every problem goes to the <see cref="SpecContext"/>.</summary>
internal static class EmailLayoutReader
{
    private static readonly string[] Keys = ["id", "description", "html", "text"];

    public static EmailLayout? Read(SpecContext spec, string text)
    {
        if (Path.GetExtension(spec.File) == ".html")
        {
            var id = Path.GetFileNameWithoutExtension(spec.File);
            return CheckId(spec, id, 0) && TemplateText.ReadWhole(spec, text, "html", isHtml: true) is { } whole && HasContent(spec, whole, text)
                ? new EmailLayout(id, whole, null)
                : null;
        }
        if (YamlFile.Load(spec, text) is not { } node || YamlMap.From(spec, node, "") is not { } root)
        {
            return null;
        }
        root.RejectUnknown(Keys);
        var layoutId = root.Text("id", required: true);
        var lines = text.Split('\n');
        var html = TemplateText.Read(root, "html", layoutId ?? "", required: true, lines);
        var plain = TemplateText.Read(root, "text", layoutId ?? "", required: false, lines);
        if (layoutId is null || !CheckId(spec, layoutId, root.LineOf("id")) || html is null
            || !HasContent(spec, html, root.Text("html") ?? "") || (plain is not null && !HasContent(spec, plain, root.Text("text") ?? "")))
        {
            return null;
        }
        return spec.HasErrors ? null : new EmailLayout(layoutId, html, plain);
    }

    private static bool CheckId(SpecContext spec, string id, int line)
    {
        if (TemplateNames.Id().IsMatch(id))
        {
            return true;
        }
        spec.Error(line, "id", $"'{id}' is not a valid layout id: use letters, digits, '-' and '_'.");
        return false;
    }

    private static bool HasContent(SpecContext spec, TemplateText layout, string source)
    {
        if (layout.Reads.Any(r => r.Path is ["content"]) || source.Contains("{{ content }}", StringComparison.Ordinal))
        {
            return true;
        }
        spec.Error(layout.Line, layout.Field, "A layout must say where the email goes: write {{ content }} in it.");
        return false;
    }
}
