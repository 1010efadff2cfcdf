using System.Text;
using System.Text.Json.Nodes;
using Hub.IntegrationTests.Infrastructure;

namespace Hub.IntegrationTests.BadInput;

public static partial class BadInputCorpus
{
    private const string EventsPath = "/api/v1/events";

    /// <summary>A valid canonical event; each case breaks one thing about it.</summary>
    private static JsonObject ValidEvent() => new()
    {
        ["specversion"] = "1.0",
        ["id"] = $"probe-{Guid.NewGuid():N}",
        ["source"] = "/apps/probe",
        ["type"] = "order.created",
        ["subject"] = "42",
        ["time"] = "2026-05-01T09:30:00+02:00",
        ["data"] = new JsonObject { ["order"] = new JsonObject { ["id"] = "42", ["number"] = "B-42", ["currency"] = "EUR", ["total"] = 99.5 } },
    };

    private static Func<BadInputHub, Task<BadInputAnswer>> PostEvent(Action<JsonObject> breakIt) =>
        hub =>
        {
            var cloudEvent = ValidEvent();
            breakIt(cloudEvent);
            return Admin(HttpMethod.Post, EventsPath, cloudEvent.ToJsonString())(hub);
        };

    /// <summary>The valid event's text with <paramref name="marker"/> replaced by raw text (what a JsonObject cannot hold).</summary>
    private static Func<BadInputHub, Task<BadInputAnswer>> PostEventText(string marker, byte[] replacement) =>
        hub =>
        {
            var cloudEvent = ValidEvent();
            cloudEvent["subject"] = marker;
            var parts = cloudEvent.ToJsonString().Split($"\"{marker}\"");
            return Admin(HttpMethod.Post, EventsPath, Bytes(parts[0], replacement, parts[1]))(hub);
        };

    private static IEnumerable<BadInputCase> EventCases()
    {
        JsonNode[] notText = [42, true, new JsonArray(), new JsonObject()];
        foreach (var field in new[] { "specversion", "id", "source", "type", "subject", "time" })
        {
            foreach (var value in notText)
            {
                yield return Case($"events POST: {field} is {KindName(value)}", BadRequest, PostEvent(e => e[field] = value.DeepClone()));
            }
        }
        foreach (var value in new JsonNode[] { "text", 42, new JsonArray(), true })
        {
            yield return Case($"events POST: data is {KindName(value)}", BadRequest, PostEvent(e => e["data"] = value.DeepClone()));
        }
        foreach (var (field, value) in new (string, JsonNode)[] { ("id", 42), ("total", "ninety"), ("items", "none"), ("currency", 978) })
        {
            yield return Case($"events POST: data.order.{field} has the wrong type", BadRequest, PostEvent(e => e["data"]!["order"]![field] = value.DeepClone()));
        }
        foreach (var time in new[] { "03/04/2026", "2026-03-04", "2026-03-04T10:00:00", "2026-03-04T10:00:00+0200", "yesterday", "" })
        {
            yield return Case($"events POST: time \"{time}\" is not RFC 3339", BadRequest, PostEvent(e => e["time"] = time));
        }
        yield return Case("events POST: the unbroken event is stored (control)", [202], PostEvent(_ => { }), stores: true);
        yield return Case("events POST: duplicate keys", BadRequest, PostEventText("dup", Encoding.UTF8.GetBytes("\"a\", \"subject\": \"b\"")));
        yield return Case("events POST: duplicate keys inside data", BadRequest, Admin(HttpMethod.Post, EventsPath,
            """{"specversion": "1.0", "id": "dup-data", "source": "/apps/probe", "type": "order.created", "data": {"order": {"id": "1", "id": "2"}}}"""));
        yield return Case("events POST: a lone surrogate escape", BadRequest, PostEventText("surrogate", Encoding.UTF8.GetBytes("\"\\udc00\"")));
        yield return Case("events POST: invalid UTF-8", BadRequest, PostEventText("utf8", [(byte)'"', 0xFF, 0xFE, (byte)'"']));
        yield return Case("events POST: a 400-digit total", [202, 400], PostEvent(e => e["data"]!["order"]!["total"] = JsonNode.Parse(new string('9', 400))), stores: true);
        yield return Case("events POST: total 1e400", [202, 400], PostEvent(e => e["data"]!["order"]!["total"] = JsonNode.Parse("1e400")), stores: true);
        yield return Case("events POST: empty body", BadRequest, Admin(HttpMethod.Post, EventsPath, ""));
        yield return Case("events POST: truncated", BadRequest, Admin(HttpMethod.Post, EventsPath, """{"specversion": "1.0", "id": """));
        yield return Case("events POST: 10,000 levels of nesting", BadRequest, Admin(HttpMethod.Post, EventsPath, DeeplyNested()));
        yield return Case("events POST: 10,000 levels of nesting in data", BadRequest, Admin(HttpMethod.Post, EventsPath,
            """{"specversion": "1.0", "id": "deep", "source": "/apps/probe", "type": "order.created", "data": {"x": """ + DeeplyNested() + "}}"));
        foreach (var body in new[] { "null", "[]", "\"event\"", "42", "true" })
        {
            yield return Case($"events POST: the body is {body}", BadRequest, Admin(HttpMethod.Post, EventsPath, body));
        }
        yield return Case("events POST: a Content-Length beyond Kestrel's limit", [413], hub => RawHttp.SendAsync(hub.Process.BaseAddress,
            $"POST {EventsPath} HTTP/1.1\r\nHost: hub\r\nAuthorization: Bearer {HubClient.AdminKey}\r\nContent-Type: application/json\r\nContent-Length: 40000000\r\nConnection: close\r\n\r\n",
            Encoding.UTF8.GetBytes("{\"specversion\": "), pieceSize: 64, pause: TimeSpan.Zero));
        yield return Case("events POST: text/plain", UnsupportedMediaType, Admin(HttpMethod.Post, EventsPath, Encoding.UTF8.GetBytes("{}"), "text/plain"));
        yield return Case("events POST: form fields", UnsupportedMediaType, Admin(HttpMethod.Post, EventsPath, Encoding.UTF8.GetBytes("id=1"), "application/x-www-form-urlencoded"));
        yield return Case("events POST: no content type", UnsupportedMediaType, Admin(HttpMethod.Post, EventsPath, Encoding.UTF8.GetBytes("{}"), contentType: null));
        yield return Case("events POST: the same event twice at once", [202, 200], SimultaneousEventsAsync, stores: true);
        yield return Case("events: DELETE", MethodNotAllowed, Admin(HttpMethod.Delete, EventsPath));
        yield return Case("events: PUT", MethodNotAllowed, Admin(HttpMethod.Put, EventsPath, "{}"));
        yield return Case("events: unknown id", NotFound, Admin(HttpMethod.Get, EventsPath + "/evt_nope"));
        yield return Case("events: path traversal in the id", NotFound, Admin(HttpMethod.Get, EventsPath + "/..%2F..%2Fconnectors"));
        yield return Case("events: a 4,000-character id", NotFound, Admin(HttpMethod.Get, EventsPath + "/" + new string('e', 4000)));
        yield return Case("events: retry of an unknown id", NotFound, Admin(HttpMethod.Post, EventsPath + "/evt_nope/retry"));
        yield return Case("events: retry with a JSON array body", NotFound, Admin(HttpMethod.Post, EventsPath + "/evt_nope/retry", "[1, 2]"));
        yield return Case("events: retry with duplicate keys", BadRequest, Admin(HttpMethod.Post, EventsPath + "/evt_nope/retry", """{"a": 1, "a": 2}"""));
        yield return Case("events: retry with a path traversal id", NotFound, Admin(HttpMethod.Post, EventsPath + "/..%2F..%2Fconnectors%2Fshop/retry"));
        yield return Case("events: unknown status filter", BadRequest, Admin(HttpMethod.Get, EventsPath + "?status=exploded"));
        yield return Case("events: limit is not a number", BadRequest, Admin(HttpMethod.Get, EventsPath + "?limit=many"));
        yield return Case("events: offset beyond int", BadRequest, Admin(HttpMethod.Get, EventsPath + "?offset=99999999999999"));
    }

    /// <summary>Two identical posts at once: one stored (202), the other a duplicate (200), the same id, no error logged.</summary>
    private static async Task<BadInputAnswer> SimultaneousEventsAsync(BadInputHub hub)
    {
        var body = ValidEvent().ToJsonString();
        var answers = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => Admin(HttpMethod.Post, EventsPath, body)(hub)));
        Assert.All(answers, a => Assert.True(a.Status is 200 or 202, $"a copy of the event got {a}"));
        Assert.Single(answers.Select(a => (string?)JsonNode.Parse(a.Body)!["id"]).Distinct());
        Assert.Single(answers, a => a.Status == 202);
        return answers[0];
    }
}
