using System.Globalization;
using System.Numerics;
using System.Text.Json;
using System.Text.Json.Nodes;
using Scriban.Runtime;

namespace Hub.Scripting;

/// <summary>
/// Converts between JSON and the values Scriban works on. Numbers never pass through <see cref="double"/>:
/// integers become <see cref="long"/> (or <see cref="BigInteger"/> beyond it) and fractions <see cref="decimal"/>,
/// because ids above 2^53 and money must survive unchanged.
/// </summary>
public static class ScriptValues
{
    public static object? FromJson(JsonNode? node) => node switch
    {
        null => null,
        JsonObject obj => FromObject(obj),
        JsonArray array => FromArray(array),
        JsonValue value => FromValue(value),
        _ => throw new ArgumentException($"Unsupported JSON node {node.GetType().Name}.", nameof(node)),
    };

    public static ScriptObject FromObject(JsonObject obj)
    {
        var result = new ScriptObject(obj.Count, StringComparer.Ordinal);
        foreach (var (key, value) in obj)
        {
            result.SetValue(key, FromJson(value), readOnly: false);
        }
        return result;
    }

    private static ScriptArray FromArray(JsonArray array)
    {
        var result = new ScriptArray(array.Count);
        foreach (var item in array)
        {
            result.Add(FromJson(item));
        }
        return result;
    }

    private static object? FromValue(JsonValue value)
    {
        if (value.TryGetValue<JsonElement>(out var element))
        {
            return FromElement(element);
        }
        return value.GetValueKind() switch
        {
            JsonValueKind.String => value.GetValue<string>(),
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            JsonValueKind.Number => ParseNumber(value.ToJsonString()),
            _ => value.ToJsonString(),
        };
    }

    private static object? FromElement(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => element.GetString(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        JsonValueKind.Number => ParseNumber(element.GetRawText()),
        _ => FromJson(JsonNode.Parse(element.GetRawText())),
    };

    private static object ParseNumber(string raw)
    {
        if (long.TryParse(raw, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer))
        {
            return integer;
        }
        if (BigInteger.TryParse(raw, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var big))
        {
            return big;
        }
        return decimal.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var fraction)
            ? fraction
            : double.Parse(raw, NumberStyles.Float, CultureInfo.InvariantCulture);
    }

    /// <summary>Turns a Scriban value back into JSON; nulls inside objects are dropped.</summary>
    public static JsonNode? ToJson(object? value) => value switch
    {
        null => null,
        JsonNode node => node.DeepClone(),
        string s => JsonValue.Create(s),
        bool b => JsonValue.Create(b),
        int i => JsonValue.Create((long)i),
        long l => JsonValue.Create(l),
        decimal d => JsonValue.Create(d),
        double d => JsonValue.Create(d),
        float f => JsonValue.Create((double)f),
        BigInteger big => JsonNode.Parse(big.ToString(CultureInfo.InvariantCulture)),
        DateTimeOffset t => JsonValue.Create(t.ToString("O", CultureInfo.InvariantCulture)),
        DateTime t => JsonValue.Create(new DateTimeOffset(t).ToString("O", CultureInfo.InvariantCulture)),
        ScriptObject obj => ToJsonObject(obj),
        System.Collections.IDictionary dict => ToJsonObject(dict),
        System.Collections.IEnumerable list => ToJsonArray(list),
        _ => JsonValue.Create(Convert.ToString(value, CultureInfo.InvariantCulture)),
    };

    private static JsonObject ToJsonObject(ScriptObject obj)
    {
        var result = new JsonObject();
        foreach (var (key, value) in obj)
        {
            var node = ToJson(value);
            if (node is not null)
            {
                result[key] = node;
            }
        }
        return result;
    }

    private static JsonObject ToJsonObject(System.Collections.IDictionary dict)
    {
        var result = new JsonObject();
        foreach (System.Collections.DictionaryEntry entry in dict)
        {
            var node = ToJson(entry.Value);
            if (node is not null)
            {
                result[Convert.ToString(entry.Key, CultureInfo.InvariantCulture)!] = node;
            }
        }
        return result;
    }

    private static JsonArray ToJsonArray(System.Collections.IEnumerable list)
    {
        var result = new JsonArray();
        foreach (var item in list)
        {
            result.Add(ToJson(item));
        }
        return result;
    }
}
