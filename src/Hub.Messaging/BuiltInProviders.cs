namespace Hub.Messaging;

/// <summary>The provider instance every workspace has without configuration.</summary>
public static class BuiltInProviders
{
    /// <summary>The id, and the type, of the built-in sandbox instance.</summary>
    public const string Sandbox = "sandbox";

    public static bool IsBuiltIn(string providerId) => providerId == Sandbox;
}
