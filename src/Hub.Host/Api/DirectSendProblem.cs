namespace Hub.Host.Api;

/// <summary>A send that is well formed but cannot be carried out (422): a template that fails with this data, a key reused.</summary>
internal sealed record DirectSendProblem(string Title, string Detail);
