namespace Hub.IntegrationTests.BadInput;

/// <summary>
/// One bad request and what Hub may answer. <see cref="OurBody"/> is false where Kestrel answers before any Hub code
/// runs (431, 414: no body). <see cref="Stores"/> marks the cases that are accepted on purpose (a race, a refused
/// enrichment); their sender checks what was stored.
/// </summary>
public sealed record BadInputCase(string Name, Func<BadInputHub, Task<BadInputAnswer>> SendAsync, int[] Statuses, bool OurBody = true, bool Stores = false)
{
    public override string ToString() => Name;
}
