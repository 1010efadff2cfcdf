using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Hub.Specs;

namespace Hub.Connectors.Internals.Verification;

/// <summary>
/// What a timestamped scheme signs, written in the spec as <c>"{timestamp}.{body}"</c> (Stripe, Calendly) or
/// <c>"{timestamp}{body}"</c> (Zendesk): the timestamp exactly as received, the raw body bytes, literal text between.
/// </summary>
internal sealed partial class SignedPayloadTemplate
{
    private const string BodyName = "body";
    private const string TimestampName = "timestamp";

    private readonly List<(string? Name, byte[] Literal)> _parts;

    private SignedPayloadTemplate(List<(string? Name, byte[] Literal)> parts)
    {
        _parts = parts;
    }

    public static SignedPayloadTemplate? Read(YamlMap spec, string key, string fallback)
    {
        var text = spec.NonBlankText(key) ?? (spec.Has(key) ? null : fallback);
        if (text is null)
        {
            return null;
        }
        var parts = new List<(string? Name, byte[] Literal)>();
        var at = 0;
        foreach (Match match in Placeholder().Matches(text))
        {
            parts.Add((null, Encoding.UTF8.GetBytes(text[at..match.Index])));
            parts.Add((match.Groups[1].Value, []));
            at = match.Index + match.Length;
        }
        parts.Add((null, Encoding.UTF8.GetBytes(text[at..])));
        parts.RemoveAll(p => p.Name is null && p.Literal.Length == 0);

        var problem = Problem(parts);
        if (problem is not null)
        {
            spec.Spec.Error(spec.Written(key), spec.FieldOf(key), $"'{text}' {problem}");
            return null;
        }
        return new SignedPayloadTemplate(parts);
    }

    public void AppendTo(IncrementalHash mac, string timestamp, ReadOnlySpan<byte> body)
    {
        foreach (var part in _parts)
        {
            switch (part.Name)
            {
                case BodyName:
                    mac.AppendData(body);
                    break;
                case TimestampName:
                    mac.AppendData(Encoding.UTF8.GetBytes(timestamp));
                    break;
                default:
                    mac.AppendData(part.Literal);
                    break;
            }
        }
    }

    private static string? Problem(List<(string? Name, byte[] Literal)> parts)
    {
        var unknown = parts.Find(p => p.Name is not (null or BodyName or TimestampName)).Name;
        if (unknown is not null)
        {
            return $"has an unknown placeholder {{{unknown}}}; use {{timestamp}} and {{body}}";
        }
        if (parts.Any(p => p.Name is null && Encoding.UTF8.GetString(p.Literal).AsSpan().IndexOfAny('{', '}') >= 0))
        {
            return "has a stray { or }; placeholders are {timestamp} and {body}";
        }
        if (parts.Count(p => p.Name == BodyName) != 1)
        {
            return "must contain {body} exactly once";
        }
        // Without the timestamp in the signed bytes, anyone could move it and defeat the replay window.
        return parts.Any(p => p.Name == TimestampName) ? null : "must contain {timestamp}";
    }

    [GeneratedRegex("\\{([a-z_]*)\\}", RegexOptions.CultureInvariant)]
    private static partial Regex Placeholder();
}
