using System.Text;
using Microsoft.AspNetCore.WebUtilities;

namespace Hub.Channels.Twilio.Internals;

/// <summary>An <c>application/x-www-form-urlencoded</c> body as Twilio posts it: decoded name/value pairs in order, repeats kept.</summary>
internal sealed class TwilioForm
{
    private readonly List<KeyValuePair<string, string>> _pairs;

    private TwilioForm(List<KeyValuePair<string, string>> pairs) => _pairs = pairs;

    public IReadOnlyList<KeyValuePair<string, string>> Pairs => _pairs;

    public static TwilioForm Parse(ReadOnlySpan<byte> body)
    {
        var pairs = new List<KeyValuePair<string, string>>();
        foreach (var (name, values) in QueryHelpers.ParseQuery(Encoding.UTF8.GetString(body)))
        {
            foreach (var value in values)
            {
                pairs.Add(new(name, value ?? ""));
            }
        }
        return new TwilioForm(pairs);
    }

    /// <summary>The first value of a parameter, or null when it is absent or empty.</summary>
    public string? this[string name] => _pairs.FirstOrDefault(p => p.Key == name).Value is { Length: > 0 } value ? value : null;
}
