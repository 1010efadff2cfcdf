namespace Hub.Events;

/// <summary>
/// One way an event's data breaks its schema. <paramref name="Path"/> names the field as a workflow would
/// (<c>data.order.items[0].price</c>); <paramref name="Message"/> says what was expected and what was found.
/// </summary>
public sealed record SchemaError(string Path, string Message)
{
    public override string ToString() => $"{Path}: {Message}";
}
