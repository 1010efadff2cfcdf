namespace Hub.IntegrationTests.Infrastructure;

/// <summary>Which database a test class runs Hub against; each call gives a fresh, empty one.</summary>
public interface IHubDatabase
{
    string Name { get; }

    Task<Dictionary<string, string>> CreateEnvironmentAsync();
}
