using Hub.Connectors.Internals.Spec;

namespace Hub.Connectors.Internals.Verification;

/// <summary>The built-in verification schemes by name; each reads its own parameters from the <c>verify</c> mapping.</summary>
internal static class VerificationSchemes
{
    private static readonly Dictionary<string, Func<SpecMapping, IVerificationScheme?>> Factories = new(StringComparer.Ordinal)
    {
        ["hmac-body"] = HmacBodyScheme.FromSpec,
        ["none"] = _ => NoneScheme.Instance,
    };

    public static IReadOnlyCollection<string> Names => Factories.Keys;

    public static IVerificationScheme? FromSpec(SpecMapping verify)
    {
        var name = verify.Text("scheme", required: true);
        if (name is null)
        {
            return null;
        }
        if (!Factories.TryGetValue(name, out var factory))
        {
            verify.Diagnostics.Add(verify.Find("scheme"), verify.FieldOf("scheme"),
                $"unknown scheme '{name}'; built-in schemes: {string.Join(", ", Factories.Keys)}");
            return null;
        }
        var scheme = factory(verify);
        verify.RejectUnknownKeys();
        return scheme;
    }
}
