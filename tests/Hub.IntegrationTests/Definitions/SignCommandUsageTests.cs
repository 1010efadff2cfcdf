using Hub.IntegrationTests.Infrastructure;

namespace Hub.IntegrationTests.Definitions;

/// <summary><c>Hub.Host sign</c> without a server: the curl line (shell-quoted), usage, and what cannot be signed.</summary>
public sealed class SignCommandUsageTests
{
    [Fact]
    public async Task The_curl_line_usage_and_an_unsigned_scheme()
    {
        var body = RepoPaths.Fixture("webhooks/shopify/orders_create.json");

        var curl = await HostCommand.RunAsync(["sign", "--connector", "shopify", "--secret", "it's", "--file", body, "--curl", "http://localhost:8080/webhooks/shop"]);
        var help = await HostCommand.RunAsync(["sign", "--help"]);
        var salesforce = await HostCommand.RunAsync(["sign", "--connector", "salesforce", "--secret", "s", "--file", body]);
        var unknown = await HostCommand.RunAsync(["sign", "--connector", "nope", "--secret", "s", "--file", body]);

        Assert.True(curl.ExitCode == 0, curl.ToString());
        Assert.StartsWith("curl -sS -X POST 'http://localhost:8080/webhooks/shop' -H 'Content-Type: application/json' -H 'X-Shopify-Hmac-Sha256: ",
            curl.StandardOutput, StringComparison.Ordinal);
        Assert.Contains($"--data-binary '@{body}'", curl.StandardOutput, StringComparison.Ordinal);
        Assert.Equal(0, help.ExitCode);
        Assert.Contains("Usage: sign --connector <type> --secret <secret> --file <body>", help.StandardOutput, StringComparison.Ordinal);
        Assert.Equal(1, salesforce.ExitCode);
        Assert.Contains("Cannot sign for salesforce", salesforce.StandardError, StringComparison.Ordinal);
        Assert.Equal(1, unknown.ExitCode);
        Assert.Contains("there are: acuity", unknown.StandardError, StringComparison.Ordinal);
    }
}
