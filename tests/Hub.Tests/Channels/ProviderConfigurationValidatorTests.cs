using System.Text.Json.Nodes;
using Hub.Channels;

namespace Hub.Tests.Channels;

public sealed class ProviderConfigurationValidatorTests
{
    private static IReadOnlyDictionary<string, string[]> Validate(string settings, string credentials) =>
        ProviderConfigurationValidator.Validate(new DeclaredFieldsProvider(), JsonNode.Parse(settings)!.AsObject(), JsonNode.Parse(credentials)!.AsObject());

    [Fact]
    public void A_configuration_as_declared_passes()
    {
        Assert.Empty(Validate("""{"baseUrl": "http://127.0.0.1:8080/api", "source": "Hub", "timeoutSeconds": 60, "unicode": true}""", """{"password": "p"}"""));
    }

    [Fact]
    public void Required_fields_are_named_with_their_help()
    {
        var errors = Validate("{}", "{}");
        Assert.Equal(["credentials.password", "settings.baseUrl"], errors.Keys.Order());
        Assert.Contains("The API base URL.", errors["settings.baseUrl"][0], StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_keys_are_refused_with_the_known_ones()
    {
        var errors = Validate("""{"baseUrl": "https://api.example.com", "colour": "blue"}""", """{"password": "p", "token": "t"}""");
        Assert.Equal(["credentials.token", "settings.colour"], errors.Keys.Order());
        Assert.Contains("baseUrl, source, timeoutSeconds, unicode", errors["settings.colour"][0], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"baseUrl": "ftp://example.com"}""", "settings.baseUrl")]
    [InlineData("""{"baseUrl": "/relative"}""", "settings.baseUrl")]
    [InlineData("""{"baseUrl": 42}""", "settings.baseUrl")]
    [InlineData("""{"baseUrl": "https://a.example", "timeoutSeconds": 0}""", "settings.timeoutSeconds")]
    [InlineData("""{"baseUrl": "https://a.example", "timeoutSeconds": 61}""", "settings.timeoutSeconds")]
    [InlineData("""{"baseUrl": "https://a.example", "timeoutSeconds": 1.5}""", "settings.timeoutSeconds")]
    [InlineData("""{"baseUrl": "https://a.example", "timeoutSeconds": "10"}""", "settings.timeoutSeconds")]
    [InlineData("""{"baseUrl": "https://a.example", "unicode": "yes"}""", "settings.unicode")]
    [InlineData("""{"baseUrl": "https://a.example", "source": "a-very-long-sender"}""", "settings.source")]
    [InlineData("""{"baseUrl": "https://a.example", "source": ""}""", "settings.source")]
    public void Values_of_the_wrong_kind_or_out_of_range_are_refused_by_field(string settings, string field)
    {
        Assert.Equal([field], Validate(settings, """{"password": "p"}""").Keys);
    }

    [Fact]
    public void Credentials_are_strings()
    {
        Assert.Equal(["credentials.password"], Validate("""{"baseUrl": "https://a.example"}""", """{"password": 1234}""").Keys);
    }
}
