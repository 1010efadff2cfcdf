using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using Hub.Contacts.Internals;
using PhoneNumbers;

namespace Hub.Contacts;

/// <summary>
/// The <see cref="ConsentPolicy"/> document as <c>PUT /api/v1/consent-policy</c> takes it: camelCase JSON, every part
/// optional (an omitted part keeps its default), unknown fields refused. Each problem is named by its field path
/// (<c>quietHours.start</c>, <c>countries.US.end</c>, <c>senders.Link NO</c>).
/// </summary>
public static partial class ConsentPolicyDocument
{
    private static readonly JsonSerializerOptions Strict = new(JsonSerializerDefaults.Web)
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    /// <summary>The policy, or the problems per field (and no policy).</summary>
    public static (ConsentPolicy? Policy, Dictionary<string, string[]> Errors) Read(JsonNode? body)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (body is not JsonObject)
        {
            errors["$"] = ["Send the consent policy as a JSON object, such as {\"quietHours\": {\"start\": \"21:00\", \"end\": \"08:00\"}}."];
            return (null, errors);
        }
        ConsentPolicy? policy;
        try
        {
            policy = body.Deserialize<ConsentPolicy>(Strict);
        }
        catch (JsonException ex)
        {
            errors[FieldOf(ex.Path)] = [$"Not a valid value here ({FirstLine(ex.Message)})."];
            return (null, errors);
        }
        if (policy is null)
        {
            errors["$"] = ["The consent policy is empty."];
            return (null, errors);
        }
        Check(policy, errors);
        return errors.Count == 0 ? (policy, errors) : (null, errors);
    }

    private static void Check(ConsentPolicy policy, Dictionary<string, string[]> errors)
    {
        CheckHours("quietHours", policy.QuietHours, errors);
        if (policy.Countries is null)
        {
            errors["countries"] = ["Give an object of ISO 3166 country codes, such as {\"US\": {\"start\": \"21:00\", \"end\": \"08:00\"}}, or leave it out."];
        }
        else
        {
            var regions = PhoneNumberUtil.GetInstance().GetSupportedRegions();
            foreach (var (country, hours) in policy.Countries)
            {
                if (!CountryPattern().IsMatch(country) || !regions.Contains(country))
                {
                    errors[$"countries.{country}"] = [$"'{country}' is not an ISO 3166 country code in capitals, such as US or NO."];
                }
                CheckHours($"countries.{country}", hours, errors);
            }
        }
        if (policy.Senders is null)
        {
            errors["senders"] = ["Give an object of provider instance ids, such as {\"twilio-us\": {\"stopBlocksAll\": true}}, or leave it out."];
        }
        else
        {
            foreach (var (sender, rules) in policy.Senders)
            {
                if (!SenderPattern().IsMatch(sender))
                {
                    errors[$"senders.{sender}"] = [$"'{sender}' is not a provider instance id (lower-case letters, digits, - and _)."];
                }
                else if (rules is null)
                {
                    errors[$"senders.{sender}"] = ["Give the sender's rules as an object, such as {\"stopBlocksAll\": true}."];
                }
                else if (rules.KeywordLocales is null || rules.KeywordLocales.Any(l => l is null || !LanguagePattern().IsMatch(l)))
                {
                    errors[$"senders.{sender}.keywordLocales"] = ["List language codes, such as [\"en\"], or leave it out for every configured language."];
                }
            }
        }
        CheckKeywords(policy.Keywords, errors);
    }

    private static void CheckHours(string field, QuietHours? hours, Dictionary<string, string[]> errors)
    {
        if (hours is null)
        {
            errors[field] = ["Give the window as an object, such as {\"start\": \"21:00\", \"end\": \"08:00\"}, or leave it out."];
            return;
        }
        if (QuietHoursClock.ParseTime(hours.Start) is null)
        {
            errors[$"{field}.start"] = [$"'{hours.Start}' is not a time of day as HH:mm, such as 21:00."];
        }
        if (QuietHoursClock.ParseTime(hours.End) is null)
        {
            errors[$"{field}.end"] = [$"'{hours.End}' is not a time of day as HH:mm, such as 08:00."];
        }
    }

    private static void CheckKeywords(KeywordPolicy? keywords, Dictionary<string, string[]> errors)
    {
        if (keywords?.Languages is not { } languages)
        {
            errors["keywords"] = ["Give the keywords per language, such as {\"languages\": {\"en\": {\"optOut\": [\"STOP\"]}}}, or leave them out."];
            return;
        }
        foreach (var (language, words) in languages)
        {
            var field = $"keywords.languages.{language}";
            if (!LanguagePattern().IsMatch(language))
            {
                errors[field] = [$"'{language}' is not a language code, such as en or nb."];
            }
            else if (words is null)
            {
                errors[field] = ["Give the language's keywords as an object, such as {\"optOut\": [\"STOP\"]}."];
            }
            else
            {
                foreach (var (list, values) in new[] { ("optOut", words.OptOut), ("optIn", words.OptIn), ("help", words.Help) })
                {
                    if (values is null || values.Any(v => string.IsNullOrWhiteSpace(v) || v.Length > 50))
                    {
                        errors[$"{field}.{list}"] = ["List keywords of 1 to 50 characters, such as [\"STOP\"]."];
                    }
                }
            }
        }
    }

    /// <summary><c>$.quietHours.start</c> as <c>quietHours.start</c>; the whole document as <c>$</c>.</summary>
    private static string FieldOf(string? path) => path is null or "$" ? "$" : path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path;

    private static string FirstLine(string message) => message.Split('\n', 2)[0].Split(" Path:", 2)[0].TrimEnd('.');

    [GeneratedRegex("^[A-Z]{2}$")]
    private static partial Regex CountryPattern();

    /// <summary>As provider instance ids are written (<c>ProvidersApi</c>).</summary>
    [GeneratedRegex("^[a-z0-9][a-z0-9_-]{0,49}$")]
    private static partial Regex SenderPattern();

    [GeneratedRegex("^[a-z]{2,3}$")]
    private static partial Regex LanguagePattern();
}
