using System.Security.Cryptography;
using System.Text;
using Hub.Connectors;

namespace Hub.Tests.Connectors;

public sealed class ShopifySignatureTests
{
    private static readonly byte[] Body = ShopifyRequests.FixtureBytes("orders_create.json");
    private static readonly DateTimeOffset Now = ShopifyRequests.ReceivedAt;

    [Fact]
    public void A_body_signed_with_the_secret_verifies()
    {
        var request = ShopifyRequests.Request(Body, "orders/create");

        Assert.True(ShopifyRequests.Shopify.VerifySignature(request, [ShopifyRequests.Secret], Now, []));
    }

    [Fact]
    public void Another_secret_does_not_verify()
    {
        var request = ShopifyRequests.Request(Body, "orders/create");

        Assert.False(ShopifyRequests.Shopify.VerifySignature(request, ["someone-else"], Now, []));
    }

    [Fact]
    public void A_changed_body_does_not_verify()
    {
        var tampered = (byte[])Body.Clone();
        tampered[^3] ^= 1;
        var request = ShopifyRequests.Request(tampered, "orders/create", signature: ShopifyRequests.Sign(Body));

        Assert.False(ShopifyRequests.Shopify.VerifySignature(request, [ShopifyRequests.Secret], Now, []));
    }

    [Fact]
    public void A_missing_signature_header_does_not_verify()
    {
        var signed = ShopifyRequests.Request(Body, "orders/create");
        var headers = signed.Headers.Where(h => h.Key != "X-Shopify-Hmac-Sha256").ToDictionary(StringComparer.OrdinalIgnoreCase);

        Assert.False(ShopifyRequests.Shopify.VerifySignature(signed with { Headers = headers }, [ShopifyRequests.Secret], Now, []));
    }

    [Theory]
    [InlineData("")]
    [InlineData("not base64 at all!")]
    [InlineData("c2hvcnQ=")]
    public void A_garbled_signature_does_not_verify(string signature)
    {
        var request = ShopifyRequests.Request(Body, "orders/create", signature: signature);

        Assert.False(ShopifyRequests.Shopify.VerifySignature(request, [ShopifyRequests.Secret], Now, []));
    }

    [Fact]
    public void During_a_rotation_either_secret_verifies()
    {
        var signedWithOld = ShopifyRequests.Request(Body, "orders/create", signature: ShopifyRequests.Sign(Body, "old-secret"));
        var signedWithNew = ShopifyRequests.Request(Body, "orders/create", signature: ShopifyRequests.Sign(Body, "new-secret"));
        string[] secrets = ["new-secret", "old-secret"];

        Assert.True(ShopifyRequests.Shopify.VerifySignature(signedWithOld, secrets, Now, []));
        Assert.True(ShopifyRequests.Shopify.VerifySignature(signedWithNew, secrets, Now, []));
        Assert.False(ShopifyRequests.Shopify.VerifySignature(signedWithNew, ["old-secret", "other"], Now, []));
    }

    [Fact]
    public void The_header_is_found_whatever_its_case_even_in_a_case_sensitive_dictionary()
    {
        var headers = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["x-shopify-hmac-sha256"] = ShopifyRequests.Sign(Body),
        };
        var request = new WebhookRequest("POST", "/webhooks/shop-1", headers, Body, Now);

        Assert.True(ShopifyRequests.Shopify.VerifySignature(request, [ShopifyRequests.Secret], Now, []));
    }

    [Fact]
    public void An_empty_secret_never_verifies()
    {
        var signedWithEmptyKey = Convert.ToBase64String(HMACSHA256.HashData(Encoding.UTF8.GetBytes(""), Body));
        var request = ShopifyRequests.Request(Body, "orders/create", signature: signedWithEmptyKey);

        Assert.False(ShopifyRequests.Shopify.VerifySignature(request, [""], Now, []));
        Assert.False(ShopifyRequests.Shopify.VerifySignature(request, [], Now, []));
    }
}
