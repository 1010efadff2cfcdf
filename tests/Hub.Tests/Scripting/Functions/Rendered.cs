using System.Globalization;
using System.Text.Json.Nodes;
using Hub.Scripting;
using Scriban.Runtime;

namespace Hub.Tests.Scripting.Functions;

/// <summary>Renders one template text for a recipient, the way message templates do.</summary>
internal static class Rendered
{
    public static string For(string text, string json = "{}", string locale = "en", string zone = "UTC") =>
        HubTemplate.Parse("test", text).Render(Globals(json), settings: new RenderSettings
        {
            Culture = CultureInfo.GetCultureInfo(locale),
            TimeZone = TimeZoneInfo.FindSystemTimeZoneById(zone),
        });

    public static ScriptObject Globals(string json)
    {
        var globals = new ScriptObject();
        foreach (var (key, value) in JsonNode.Parse(json)!.AsObject())
        {
            globals.SetValue(key, ScriptValues.FromJson(value), readOnly: false);
        }
        return globals;
    }
}
