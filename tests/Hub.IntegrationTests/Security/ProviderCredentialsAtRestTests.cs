using Hub.IntegrationTests.Channels.Webhook;
using Hub.IntegrationTests.Infrastructure;
using Hub.IntegrationTests.Providers;
using Microsoft.Data.Sqlite;

namespace Hub.IntegrationTests.Security;

/// <summary>Provider credentials never sit in the database in clear: they are encrypted with Data Protection like connector secrets.</summary>
public sealed class ProviderCredentialsAtRestTests : IDisposable
{
    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("hub-provider-secrets-");

    [Fact]
    public async Task Provider_credentials_are_encrypted_at_rest()
    {
        var secret = StandardWebhooksVerifier.NewSecret();
        var database = Path.Combine(_directory.FullName, "hub.db");
        await using (var hub = await HubProcess.StartAsync(HubEnvironment.Sqlite(database)))
        {
            using var client = new HubClient(hub.BaseAddress);
            await client.RouteToWebhookAsync("sms", "internal-sms", "http://127.0.0.1:9/hook", secret);
            await hub.StopAsync();
        }

        await using var connection = new SqliteConnection($"Data Source={database};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT protected_credentials || settings_json FROM providers WHERE id = 'internal-sms'";
        var stored = (string)(await command.ExecuteScalarAsync())!;
        Assert.Contains("127.0.0.1:9", stored, StringComparison.Ordinal);
        Assert.DoesNotContain(secret["whsec_".Length..], stored, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", stored, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _directory.Delete(recursive: true);
    }
}
