namespace Hub.Conversations;

/// <summary>What a keyword does; stored and shown in snake case (<c>opt_out</c>, <c>opt_in</c>, <c>help</c>).</summary>
public enum KeywordKind
{
    OptOut,
    OptIn,
    Help,
}
