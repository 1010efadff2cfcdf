using System.Security.Cryptography;
using System.Text.Json.Nodes;

namespace Hub.IntegrationTests.Channels.Rbm;

/// <summary>A service account key made for the tests, in the JSON form Google downloads; the fake token endpoint checks JWTs with its public half.</summary>
public sealed class GoogleServiceAccount : IDisposable
{
    public const string ClientEmail = "hub-rbm@rbm-my-agent.iam.gserviceaccount.com";
    public const string KeyId = "0f1e2d3c4b5a69788796a5b4c3d2e1f001234567";

    private readonly RSA _key = RSA.Create(2048);

    public string Json(string tokenUri) => new JsonObject
    {
        ["type"] = "service_account",
        ["project_id"] = "rbm-my-agent",
        ["private_key_id"] = KeyId,
        ["private_key"] = _key.ExportPkcs8PrivateKeyPem() + "\n",
        ["client_email"] = ClientEmail,
        ["client_id"] = "112233445566778899001",
        ["auth_uri"] = "https://accounts.google.com/o/oauth2/auth",
        ["token_uri"] = tokenUri,
    }.ToJsonString();

    public bool Verifies(byte[] data, byte[] signature) =>
        _key.VerifyData(data, signature, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);

    public void Dispose() => _key.Dispose();
}
