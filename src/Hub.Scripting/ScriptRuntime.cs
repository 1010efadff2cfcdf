using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace Hub.Scripting;

/// <summary>Builds Scriban contexts that see only what the caller exposes, within <see cref="ScriptLimits"/>.</summary>
internal static class ScriptRuntime
{
    private static readonly ScriptObject Functions = HubFunctions.Create();

    public static TemplateContext CreateContext(ScriptObject globals, ScriptLimits limits, bool strict, CancellationToken cancellationToken)
    {
        var context = new TemplateContext
        {
            StrictVariables = strict,
            EnableRelaxedMemberAccess = true,
            EnableRelaxedTargetAccess = true,
            LoopLimit = limits.LoopLimit,
            RecursiveLimit = limits.RecursiveLimit,
            ObjectRecursionLimit = limits.RecursiveLimit,
            OutputLimit = limits.OutputLimit,
            LimitToString = limits.OutputLimit,
            MemberRenamer = member => member.Name,
            TemplateLoader = null,
            RegexTimeOut = limits.Timeout,
            CancellationToken = cancellationToken,
        };
        context.PushGlobal(Functions);
        context.PushGlobal(globals);
        return context;
    }

    public static string Describe(LogMessageBag messages) =>
        string.Join("; ", messages.Select(m => m.ToString()));

    public static LexerOptions ExpressionLexer { get; } = new() { Mode = ScriptMode.ScriptOnly };
}
