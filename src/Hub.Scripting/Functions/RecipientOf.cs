using Scriban;

namespace Hub.Scripting.Functions;

/// <summary>The recipient a script is rendered for; expressions outside a template see the invariant culture and UTC.</summary>
internal static class RecipientOf
{
    public static RenderSettings Settings(TemplateContext context) =>
        (context as HubTemplateContext)?.Settings ?? RenderSettings.Default;
}
