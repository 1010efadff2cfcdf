using Hub.Scripting;

namespace Hub.Workflows;

/// <summary>Renders a template and sends it on the first channel that can take it.</summary>
public sealed class SendStep : WorkflowStep
{
    public const string KindName = "send";

    public override string Kind => KindName;

    /// <summary>The id of a template in <c>workflows/templates/</c>.</summary>
    public required string Template { get; init; }

    /// <summary>Channels in order of preference; every one is in <c>ChannelNames.All</c>.</summary>
    public required IReadOnlyList<string> Channels { get; init; }

    /// <summary>
    /// Overrides the recipient address (phone or email, depending on the channel); null means the contact's own.
    /// </summary>
    public HubExpression? To { get; init; }

    /// <summary><c>transactional</c> (the default) or <c>marketing</c>, which consent rules treat differently.</summary>
    public string Purpose { get; init; } = SendPurposes.Transactional;

    public override IEnumerable<StepExpression> Expressions => To is null ? [] : [new($"{Path}.send.to", To)];
}
