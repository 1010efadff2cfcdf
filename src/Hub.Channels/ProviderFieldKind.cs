namespace Hub.Channels;

/// <summary>What a setting's JSON value must be.</summary>
public enum ProviderFieldKind
{
    /// <summary>A JSON string.</summary>
    Text,
    /// <summary>A JSON string holding an absolute http or https URL.</summary>
    Url,
    /// <summary>A JSON integer, within <see cref="ProviderField.Minimum"/> and <see cref="ProviderField.Maximum"/> when set.</summary>
    WholeNumber,
    /// <summary>A JSON <c>true</c> or <c>false</c>.</summary>
    Boolean,
}
