using Hub.Specs;

namespace Hub.Templates;

/// <summary>Thrown when template files do not load; <see cref="Errors"/> lists every problem, not just the first.</summary>
public sealed class TemplateSpecException : Exception
{
    public TemplateSpecException(IReadOnlyList<SpecError> errors)
        : base(Describe(errors)) => Errors = errors;

    public TemplateSpecException() => Errors = [];

    public TemplateSpecException(string message) : base(message) => Errors = [];

    public TemplateSpecException(string message, Exception inner) : base(message, inner) => Errors = [];

    public IReadOnlyList<SpecError> Errors { get; }

    private static string Describe(IReadOnlyList<SpecError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        return $"Templates have {errors.Count} error(s):{Environment.NewLine}  "
            + string.Join(Environment.NewLine + "  ", errors);
    }
}
