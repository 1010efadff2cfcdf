using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Hub.Contacts;

/// <summary>
/// The contact being erased, as every <see cref="IPersonalDataEraser"/> sees it: its addresses to find rows by, the
/// events that carried its data, and every form of its phones, emails and names to replace in text.
/// </summary>
public sealed class PersonalDataErasure
{
    /// <summary>What an erased field holds instead.</summary>
    public const string Erased = "erased";

    private readonly Regex _terms;
    private readonly HashSet<string> _digitTerms;

    public PersonalDataErasure(Guid contactId, IReadOnlyList<string> phones, IReadOnlyList<string> emails,
        IReadOnlyList<string> addressForms, IReadOnlyList<string> names, IReadOnlyList<string> eventIds, DateTimeOffset now)
    {
        ContactId = contactId;
        Phones = phones;
        Emails = emails;
        AddressForms = addressForms;
        Terms = [.. addressForms.Concat(names).Where(t => t.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).OrderByDescending(t => t.Length)];
        EventIds = eventIds;
        Now = now;
        // Whole words only, so that erasing "Ann" leaves "Annual" alone; longest first, so "+4791234567" goes before "91234567".
        _terms = new Regex(
            Terms.Count == 0 ? "(?!)" : $"(?<![\\p{{L}}\\p{{N}}])(?:{string.Join('|', Terms.Select(Regex.Escape))})(?![\\p{{L}}\\p{{N}}])",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(5));
        _digitTerms = [.. addressForms.Where(t => t.All(char.IsAsciiDigit))];
    }

    public Guid ContactId { get; }

    /// <summary>The contact's E.164 phones, as Hub stores addresses.</summary>
    public IReadOnlyList<string> Phones { get; }

    /// <summary>The contact's emails in lower case, as Hub stores addresses.</summary>
    public IReadOnlyList<string> Emails { get; }

    /// <summary>Phones and emails: the values address columns (a message's <c>to</c>) hold.</summary>
    public IEnumerable<string> Addresses => Phones.Concat(Emails);

    /// <summary>
    /// Every form the addresses are written in: E.164, without the plus, national digits and the national and
    /// international formats, emails as the sources wrote them. Long and unique: the sweep replaces them anywhere.
    /// </summary>
    public IReadOnlyList<string> AddressForms { get; }

    /// <summary><see cref="AddressForms"/> and the names, longest first: what <see cref="Scrub"/> replaces.</summary>
    public IReadOnlyList<string> Terms { get; }

    /// <summary>The events whose data names the contact.</summary>
    public IReadOnlyList<string> EventIds { get; }

    public DateTimeOffset Now { get; }

    public bool Mentions(string? text) => text is not null && _terms.IsMatch(text);

    /// <summary>The text with every term replaced by <see cref="Erased"/>.</summary>
    public string Scrub(string text) => _terms.Replace(text, Erased);

    public string? ScrubOrNull(string? text) => text is null ? null : Scrub(text);

    /// <summary>
    /// A JSON document with the terms replaced in its strings (a number that is a phone's digits becomes the string
    /// <see cref="Erased"/>), still valid JSON; text that is not JSON is scrubbed as text.
    /// </summary>
    public string ScrubJson(string json)
    {
        JsonNode? node;
        try
        {
            node = JsonNode.Parse(json);
        }
        catch (System.Text.Json.JsonException)
        {
            return Scrub(json);
        }
        if (node is null)
        {
            return json;
        }
        return (ScrubNode(node) ?? node).ToJsonString();
    }

    /// <summary>Scrubs containers in place; for a leaf that holds a term, the node to put instead (null: unchanged).</summary>
    private JsonValue? ScrubNode(JsonNode node)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var (key, value) in o.ToList())
                {
                    if (value is not null && ScrubNode(value) is { } replacement)
                    {
                        o[key] = replacement;
                    }
                }
                return null;
            case JsonArray a:
                for (var i = 0; i < a.Count; i++)
                {
                    if (a[i] is { } item && ScrubNode(item) is { } replacement)
                    {
                        a[i] = replacement;
                    }
                }
                return null;
            case JsonValue v when v.TryGetValue<string>(out var s):
                return Mentions(s) ? JsonValue.Create(Scrub(s)) : null;
            default:
                return _digitTerms.Contains(node.ToJsonString()) ? JsonValue.Create(Erased) : null;
        }
    }
}
