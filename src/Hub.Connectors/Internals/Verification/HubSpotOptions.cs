using Hub.Specs;

namespace Hub.Connectors.Internals.Verification;

/// <summary>The <c>verify:</c> parameters of <see cref="HubSpotScheme"/>.</summary>
internal sealed record HubSpotOptions(SettingReference? Url, IReadOnlySet<string> Versions, TimeSpan Tolerance)
{
    public const string V1 = "v1";
    public const string V2 = "v2";
    public const string V3 = "v3";

    private static readonly string[] AllVersions = [V1, V2, V3];

    public bool Allows(string version) => Versions.Contains(version);

    public static HubSpotOptions? Read(YamlMap spec)
    {
        var versions = ReadVersions(spec);
        SettingReference? url = null;
        if (spec.Has("url_setting"))
        {
            url = SettingReference.Read(spec, "url_setting");
        }
        else if (versions is not null && (versions.Contains(V2) || versions.Contains(V3)))
        {
            spec.Spec.Error(spec.Line, spec.FieldOf("url_setting"),
                "is required for signature versions v2 and v3: name the setting that holds the webhook URL registered with HubSpot");
        }
        var tolerance = SpecDuration.Read(spec, "tolerance", TimestampedHmacOptions.DefaultTolerance);
        return versions is null || tolerance is null || (url is null && spec.Has("url_setting"))
            ? null
            : new HubSpotOptions(url, versions, tolerance.Value);
    }

    private static HashSet<string>? ReadVersions(YamlMap spec)
    {
        var list = spec.TextList("versions");
        if (list is null)
        {
            return spec.Has("versions") ? null : new HashSet<string>(AllVersions, StringComparer.Ordinal);
        }
        var result = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (value, node) in list)
        {
            if (AllVersions.Contains(value))
            {
                result.Add(value);
            }
            else
            {
                spec.Spec.Error(node, spec.FieldOf("versions"), $"'{value}' is not one of: {string.Join(", ", AllVersions)}");
                return null;
            }
        }
        if (result.Count == 0)
        {
            spec.Spec.Error(spec.Written("versions"), spec.FieldOf("versions"), "list at least one of: v1, v2, v3");
            return null;
        }
        return result;
    }
}
