using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Hub.IntegrationTests.Users;

/// <summary>A self-signed server certificate for 127.0.0.1, made for one test: Kestrel serves HTTPS with it.</summary>
public sealed class TestCertificate
{
    private TestCertificate(string path, string password, string sha256)
    {
        Path = path;
        Password = password;
        Sha256 = sha256;
    }

    public string Path { get; }

    public string Password { get; }

    /// <summary>The certificate's SHA-256 hash, which a client trusts instead of a certificate authority.</summary>
    public string Sha256 { get; }

    public static TestCertificate Create(string directory)
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=localhost", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        names.AddDnsName("localhost");
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], critical: false));
        var now = DateTimeOffset.UtcNow;
        using var certificate = request.CreateSelfSigned(now.AddMinutes(-5), now.AddDays(1));
        var password = Guid.NewGuid().ToString("N");
        var path = System.IO.Path.Combine(directory, "hub-test.pfx");
        File.WriteAllBytes(path, certificate.Export(X509ContentType.Pfx, password));
        return new TestCertificate(path, password, certificate.GetCertHashString(HashAlgorithmName.SHA256));
    }

    /// <summary>A handler that accepts this certificate and no other, and leaves cookies to the caller.</summary>
    public HttpClientHandler TrustingHandler() => new()
    {
        UseCookies = false,
        ServerCertificateCustomValidationCallback = (_, presented, _, _) =>
            presented is not null && string.Equals(presented.GetCertHashString(HashAlgorithmName.SHA256), Sha256, StringComparison.OrdinalIgnoreCase),
    };
}
