using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Hub.IntegrationTests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace Hub.IntegrationTests.Security;

/// <summary>Connector secrets never sit in the database in clear, and with a certificate neither do the keys that encrypt them.</summary>
public sealed class SecretsAtRestTests : IDisposable
{
    private const string Secret = "shpss_very_secret_value";
    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("hub-secrets-");

    [Fact]
    public async Task Secrets_are_encrypted_and_the_key_ring_is_encrypted_with_the_configured_certificate()
    {
        var pfx = Path.Combine(_directory.FullName, "keys.pfx");
        using (var rsa = RSA.Create(2048))
        {
            var request = new CertificateRequest("CN=Hub data protection", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
            using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
            await File.WriteAllBytesAsync(pfx, certificate.Export(X509ContentType.Pfx, "pfx-password"));
        }
        var database = Path.Combine(_directory.FullName, "hub.db");
        var environment = HubEnvironment.Sqlite(database);
        environment["Hub__DataProtection__CertificatePath"] = pfx;
        environment["Hub__DataProtection__CertificatePassword"] = "pfx-password";
        await using (var hub = await HubProcess.StartAsync(environment))
        {
            using var client = new HubClient(hub.BaseAddress);
            await client.PutConnectorAsync("shop", "shopify", Secret, new { defaultRegion = "US" });
            using var response = await client.Http.SendAsync(ShopifyWebhook.Request("shop", ShopifyWebhook.OrderCreatedFixture(), Secret, "at-rest-1"));
            Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
            await hub.StopAsync();
        }

        await using var connection = new SqliteConnection($"Data Source={database};Pooling=False");
        await connection.OpenAsync();
        var connectorRow = await ScalarAsync(connection, "SELECT protected_secret FROM connectors WHERE id = 'shop'");
        Assert.DoesNotContain(Secret, connectorRow, StringComparison.Ordinal);
        var keyXml = await ScalarAsync(connection, "SELECT xml FROM data_protection_keys LIMIT 1");
        Assert.Contains("EncryptedXml", keyXml, StringComparison.Ordinal);
        Assert.DoesNotContain("<masterKey", keyXml, StringComparison.Ordinal);
    }

    private static async Task<string> ScalarAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (string)(await command.ExecuteScalarAsync())!;
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _directory.Delete(recursive: true);
    }
}
