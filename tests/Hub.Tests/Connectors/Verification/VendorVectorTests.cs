using System.Security.Cryptography;
using System.Text;

namespace Hub.Tests.Connectors.Verification;

/// <summary>Every vendor signature vector, through the scheme configured exactly as the system's spec configures it.</summary>
public sealed class VendorVectorTests
{
    public static TheoryData<string, string> Vectors()
    {
        var data = new TheoryData<string, string>();
        foreach (var vector in SignatureVector.All())
        {
            data.Add(vector.System, vector.Name);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Vectors))]
    public void A_vendor_vector_verifies_as_the_vendor_says(string system, string name)
    {
        var vector = SignatureVector.Find(system, name);
        var connector = VerifyCatalog.For(system);

        var verified = connector.VerifySignature(vector.Request(), [vector.Secret], vector.Now(), vector.Settings());

        // Hub refuses an empty secret whatever the vendor does (anyone can compute an HMAC with an empty key); the
        // one vendor vector signed that way is checked for its arithmetic below instead.
        Assert.Equal(vector.ExpectedValid && vector.Secret.Length > 0, verified);
    }

    [Fact]
    public void The_vectors_cover_every_system_that_publishes_one()
    {
        var systems = SignatureVector.All().Select(v => v.System).Distinct().Order(StringComparer.Ordinal);

        Assert.Equal(["hubspot", "square", "standard-webhooks", "stripe", "woocommerce"], systems);
    }

    [Fact]
    public void The_empty_key_woocommerce_vector_is_the_encoding_the_spec_expects()
    {
        var vector = SignatureVector.All().Single(v => v.System == "woocommerce");
        var request = vector.Request();

        var mac = Convert.ToBase64String(HMACSHA256.HashData(Array.Empty<byte>(), request.Body));

        Assert.Equal(request.Headers["X-WC-Webhook-Signature"], mac);
        Assert.False(VerifyCatalog.For("woocommerce").VerifySignature(request, [""], vector.Now(), []));
    }

    [Fact]
    public void A_woocommerce_delivery_signed_with_a_real_secret_verifies()
    {
        var body = Encoding.UTF8.GetBytes("""{"id":727,"status":"processing","billing":{"phone":"(555) 555-5555"}}""");
        var signature = Convert.ToBase64String(HMACSHA256.HashData("wc-secret-&-more"u8, body));
        var request = SignedRequests.Request(body, ("X-WC-Webhook-Signature", signature));

        Assert.True(VerifyCatalog.For("woocommerce").VerifySignature(request, ["wc-secret-&-more"], DateTimeOffset.UtcNow, []));
        Assert.False(VerifyCatalog.For("woocommerce").VerifySignature(request.WithBody(SignedRequests.Tampered(body)), ["wc-secret-&-more"], DateTimeOffset.UtcNow, []));
    }
}
