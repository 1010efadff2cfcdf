using System.Globalization;
using System.Text.Json.Nodes;

namespace Hub.Messaging;

/// <summary>
/// What a template sees for a send that no workflow made (the send API, a staff reply): the data's fields at the top
/// (as a workflow's template sees its event's data), the same under <c>event.data</c>, <c>contact</c>, <c>now</c>,
/// and empty <c>vars</c> and <c>steps</c>.
/// </summary>
public static class SendModels
{
    /// <param name="eventType">What <c>event.type</c> says the send came from (<c>message.requested</c>).</param>
    public static JsonObject ForData(string eventType, JsonObject? data, JsonObject contact, DateTimeOffset now)
    {
        data ??= [];
        var model = new JsonObject
        {
            ["event"] = new JsonObject { ["type"] = eventType, ["data"] = data.DeepClone() },
            ["contact"] = contact,
            ["now"] = now.ToString("O", CultureInfo.InvariantCulture),
            ["vars"] = new JsonObject(),
            ["steps"] = new JsonObject(),
        };
        foreach (var (name, value) in data)
        {
            if (!model.ContainsKey(name))
            {
                model[name] = value?.DeepClone();
            }
        }
        return model;
    }
}
