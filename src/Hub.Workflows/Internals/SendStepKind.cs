using Hub.Core.Channels;
using YamlDotNet.RepresentationModel;
using Hub.Specs;

namespace Hub.Workflows.Internals;

/// <summary>
/// Reads <c>send: { template, channels, to }</c>. <c>channels</c> may be a list or, for a single channel, one word.
/// </summary>
internal sealed class SendStepKind : IStepKind
{
    private static readonly string[] Keys = ["template", "channels", "to", "purpose"];

    public string Name => SendStep.KindName;

    public IReadOnlyCollection<string> SiblingKeys { get; } = [];

    public WorkflowStep? Read(StepSource source)
    {
        var body = source.BodyMap(Name);
        if (body is null)
        {
            return null;
        }
        body.RejectUnknown(Keys);
        var template = body.Text("template", required: true);
        var templateOk = SpecNames.CheckId(body, "template", template);
        var channels = ReadChannels(body);
        var errors = source.Spec.Errors.Count;
        var to = body.Expression("to");
        var purpose = body.Choice("purpose", SendPurposes.All) ?? SendPurposes.Transactional;
        if (!templateOk || channels is null || source.Spec.Errors.Count != errors)
        {
            return null;
        }
        return new SendStep { Id = source.Id, Line = source.Line, Path = source.Path, Template = template!, Channels = channels, To = to, Purpose = purpose };
    }

    private static List<string>? ReadChannels(YamlMap body)
    {
        var node = body.Node("channels", required: true);
        if (node is null)
        {
            return null;
        }
        var field = body.FieldOf("channels");
        var items = node switch
        {
            YamlSequenceNode list => list.Children.Select((item, i) => (item, $"{field}[{i}]")).ToList(),
            _ => [(node, field)],
        };
        if (items.Count == 0)
        {
            body.Spec.Error(node, field, "Name at least one channel.");
            return null;
        }
        var channels = new List<string>();
        var ok = true;
        foreach (var (item, itemField) in items)
        {
            ok &= ReadChannel(body.Spec, item, itemField, channels);
        }
        return ok ? channels : null;
    }

    private static bool ReadChannel(SpecContext spec, YamlNode item, string field, List<string> channels)
    {
        if (item is not YamlScalarNode { Value: { Length: > 0 } channel })
        {
            spec.Error(item, field, "Expected a channel name.");
            return false;
        }
        if (!ChannelNames.IsKnown(channel))
        {
            spec.Error(item, field, $"Unknown channel '{channel}'; expected one of: {string.Join(", ", ChannelNames.All)}.");
            return false;
        }
        if (channels.Contains(channel, StringComparer.Ordinal))
        {
            spec.Error(item, field, $"Channel '{channel}' is listed twice.");
            return false;
        }
        channels.Add(channel);
        return true;
    }
}
