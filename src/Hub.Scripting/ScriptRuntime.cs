using System.Net;
using Scriban;
using Scriban.Functions;
using Scriban.Parsing;
using Scriban.Runtime;

namespace Hub.Scripting;

/// <summary>Builds Scriban contexts that see only what the caller exposes, within <see cref="ScriptLimits"/>.</summary>
internal static class ScriptRuntime
{
    private static readonly ScriptObject Functions = Frozen(HubFunctions.Create());

    /// <summary>
    /// Scriban's built-in functions, built once: a <see cref="TemplateContext"/> otherwise builds them anew (by reflection)
    /// for every evaluation, which was most of the cost of a connector mapping. Frozen, so that no script can change
    /// them for every other.
    /// </summary>
    private static readonly ScriptObject Builtins = Frozen(WithMarkupEscape(new BuiltinFunctions()));

    /// <summary>
    /// This thread's idle context for expressions. A new <see cref="TemplateContext"/> costs about 21 KB and 5 µs, far more
    /// than evaluating a typical expression (1 µs, nothing allocated) — and a mapping evaluates dozens per webhook.
    /// </summary>
    [ThreadStatic]
    private static HubTemplateContext? s_idleExpressionContext;

    public static TemplateContext CreateContext(ScriptObject globals, ScriptLimits limits, bool strict, CancellationToken cancellationToken,
        RenderSettings? settings = null)
    {
        var context = NewContext();
        Configure(context, limits, strict, cancellationToken);
        context.Settings = settings ?? RenderSettings.Default;
        context.PushOutput(new LimitedOutput(limits.OutputLimit));
        context.PushGlobal(globals);
        return context;
    }

    /// <summary>
    /// Evaluates an expression on this thread's reused context: <paramref name="globals"/> and a fresh local frame are
    /// pushed for the evaluation and popped after it, so nothing of one evaluation is visible to the next. A context
    /// that saw a failure is dropped, not reused.
    /// </summary>
    public static object? EvaluateExpression(Template template, ScriptObject globals, ScriptLimits limits, CancellationToken cancellationToken)
    {
        var context = s_idleExpressionContext ?? NewContext();
        s_idleExpressionContext = null; // a nested evaluation on this thread gets its own
        Configure(context, limits, strict: false, cancellationToken);
        context.Settings = RenderSettings.Default;
        context.PushGlobal(globals);
        context.PushLocal();
        var result = template.Evaluate(context);
        context.PopLocal();
        context.PopGlobal();
        context.CancellationToken = CancellationToken.None;
        s_idleExpressionContext = context;
        return result;
    }

    private static HubTemplateContext NewContext()
    {
        var context = new HubTemplateContext(Builtins)
        {
            EnableRelaxedMemberAccess = true,
            EnableRelaxedTargetAccess = true,
            MemberRenamer = member => member.Name,
            // Scripts see the data and functions they are given, never a .NET object's members (a value that slipped
            // in, say a service, would otherwise expose its properties); dates and durations keep their parts.
            MemberFilter = member => member.DeclaringType == typeof(DateTime) || member.DeclaringType == typeof(DateTimeOffset)
                || member.DeclaringType == typeof(TimeSpan),
            TemplateLoader = null,
        };
        context.PushGlobal(Functions);
        return context;
    }

    private static void Configure(HubTemplateContext context, ScriptLimits limits, bool strict, CancellationToken cancellationToken)
    {
        context.StrictVariables = strict;
        context.StrictOutput = strict;
        context.LoopLimit = limits.LoopLimit;
        context.RecursiveLimit = limits.RecursiveLimit;
        context.ObjectRecursionLimit = limits.RecursiveLimit;
        context.OutputLimit = limits.OutputLimit;
        // One past the output limit: Scriban quietly truncates output at LimitToString (ending it in "..."), and a message
        // cut short must fail as OutputLimit does, not be sent.
        context.LimitToString = limits.OutputLimit + 1;
        context.RegexTimeOut = limits.Timeout;
        context.CancellationToken = cancellationToken;
    }

    /// <summary>
    /// <c>html.escape</c> answers <see cref="HtmlMarkup"/>, so that templates written before email HTML escaped every value
    /// (<c>{{ name | html.escape }}</c>) are not escaped twice.
    /// </summary>
    private static BuiltinFunctions WithMarkupEscape(BuiltinFunctions builtins)
    {
        var html = (ScriptObject)builtins["html"]!;
        html.Remove("escape");
        html.Import("escape", new Func<string?, HtmlMarkup?>(text => text is null ? null : new HtmlMarkup(WebUtility.HtmlEncode(text))));
        return builtins;
    }

    private static ScriptObject Frozen(ScriptObject functions)
    {
        foreach (var value in functions.Values)
        {
            if (value is ScriptObject nested && !ReferenceEquals(nested, functions))
            {
                Frozen(nested);
            }
        }
        functions.IsReadOnly = true;
        return functions;
    }

    public static string Describe(LogMessageBag messages) =>
        string.Join("; ", messages.Select(m => m.ToString()));

    public static LexerOptions ExpressionLexer { get; } = new() { Mode = ScriptMode.ScriptOnly };
}
