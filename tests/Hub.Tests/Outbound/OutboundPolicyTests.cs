using System.ComponentModel.DataAnnotations;
using System.Net;
using Hub.Core.Outbound;

namespace Hub.Tests.Outbound;

public sealed class OutboundPolicyTests
{
    [Theory]
    [InlineData("127.0.0.1", "loopback")]
    [InlineData("127.255.255.254", "loopback")]
    [InlineData("::1", "loopback")]
    [InlineData("10.0.0.1", "private")]
    [InlineData("10.255.255.255", "private")]
    [InlineData("172.16.0.1", "private")]
    [InlineData("172.31.255.255", "private")]
    [InlineData("192.168.1.1", "private")]
    [InlineData("fc00::1", "private (unique local)")]
    [InlineData("fd12:3456::1", "private (unique local)")]
    [InlineData("169.254.0.1", "link-local")]
    [InlineData("fe80::1", "link-local")]
    [InlineData("febf::1", "link-local")]
    [InlineData("100.64.0.1", "carrier-grade NAT")]
    [InlineData("100.127.255.255", "carrier-grade NAT")]
    [InlineData("169.254.169.254", "cloud metadata")]
    [InlineData("fd00:ec2::254", "cloud metadata")]
    [InlineData("0.0.0.0", "unspecified")]
    [InlineData("::", "unspecified")]
    [InlineData("0.1.2.3", "\"this network\"")]
    [InlineData("224.0.0.1", "multicast")]
    [InlineData("239.255.255.250", "multicast")]
    [InlineData("ff02::1", "multicast")]
    [InlineData("255.255.255.255", "broadcast")]
    [InlineData("240.0.0.1", "reserved")]
    public void Refuses_every_non_public_range(string address, string reason)
    {
        Assert.Equal(reason, OutboundPolicy.PublicOnly.RefusalReason(IPAddress.Parse(address)));
    }

    [Theory]
    [InlineData("::ffff:127.0.0.1", "loopback, as the IPv4-mapped form of 127.0.0.1")]
    [InlineData("::ffff:169.254.169.254", "cloud metadata, as the IPv4-mapped form of 169.254.169.254")]
    [InlineData("::ffff:10.1.2.3", "private, as the IPv4-mapped form of 10.1.2.3")]
    [InlineData("::127.0.0.1", "loopback, as the IPv4-compatible form of 127.0.0.1")]
    [InlineData("64:ff9b::7f00:1", "loopback, as the NAT64 form of 127.0.0.1")]
    [InlineData("64:ff9b::a9fe:a9fe", "cloud metadata, as the NAT64 form of 169.254.169.254")]
    [InlineData("2002:7f00:1::", "loopback, as the 6to4 form of 127.0.0.1")]
    [InlineData("2002:c0a8:101::1", "private, as the 6to4 form of 192.168.1.1")]
    [InlineData("2002:a9fe:a9fe::", "cloud metadata, as the 6to4 form of 169.254.169.254")]
    public void Refuses_IPv6_forms_that_embed_a_refused_IPv4_address(string address, string reason)
    {
        Assert.Equal(reason, OutboundPolicy.PublicOnly.RefusalReason(IPAddress.Parse(address)));
    }

    [Theory]
    [InlineData("93.184.215.14")]
    [InlineData("8.8.8.8")]
    [InlineData("172.32.0.1")]
    [InlineData("100.128.0.1")]
    [InlineData("2606:4700::6810:84e5")]
    [InlineData("::ffff:8.8.8.8")]
    [InlineData("64:ff9b::808:808")]
    [InlineData("2002:808:808::1")]
    public void Allows_public_addresses_and_their_IPv6_forms(string address)
    {
        Assert.True(OutboundPolicy.PublicOnly.Allows(IPAddress.Parse(address)));
    }

    [Fact]
    public void Allow_listed_networks_and_addresses_are_exceptions()
    {
        var policy = new OutboundPolicy(allowedNetworks: ["127.0.0.1", "10.20.0.0/16", "fd00::/8"]);

        Assert.True(policy.Allows(IPAddress.Parse("127.0.0.1")));
        Assert.True(policy.Allows(IPAddress.Parse("::ffff:127.0.0.1")));
        Assert.True(policy.Allows(IPAddress.Parse("10.20.3.4")));
        Assert.True(policy.Allows(IPAddress.Parse("fd00:ec2::254")));
        Assert.Equal("loopback", policy.RefusalReason(IPAddress.Parse("127.0.0.2")));
        Assert.Equal("private", policy.RefusalReason(IPAddress.Parse("10.21.0.1")));
        Assert.Equal("loopback", policy.RefusalReason(IPAddress.Parse("::1")));
    }

    [Fact]
    public void Allow_listed_hosts_skip_the_address_check_for_that_name_only()
    {
        var policy = new OutboundPolicy(allowedHosts: ["crm.internal", "*.corp.example"]);
        var loopback = IPAddress.Loopback;

        Assert.True(policy.Allows(loopback, "crm.internal"));
        Assert.True(policy.Allows(loopback, "CRM.Internal."));
        Assert.True(policy.Allows(loopback, "api.eu.corp.example"));
        Assert.False(policy.Allows(loopback, "corp.example"));
        Assert.False(policy.Allows(loopback, "evilcorp.example"));
        Assert.False(policy.Allows(loopback, "crm.internal.evil.example"));
        Assert.False(policy.Allows(loopback));
    }

    [Fact]
    public void Options_name_each_entry_that_is_not_a_network_or_a_host()
    {
        var options = new OutboundOptions();
        options.AllowedNetworks.Add("127.0.0.1/32");
        options.AllowedNetworks.Add("10.0.0.0/33");
        options.AllowedNetworks.Add("localhost");
        options.AllowedHosts.Add("not a host");

        var results = new List<ValidationResult>();
        Assert.False(Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true));

        Assert.Equal(
            [
                "Hub:Outbound:AllowedNetworks:1 = '10.0.0.0/33' is neither an IP address nor a network in CIDR notation (10.0.0.0/8, fd00::/8).",
                "Hub:Outbound:AllowedNetworks:2 = 'localhost' is neither an IP address nor a network in CIDR notation (10.0.0.0/8, fd00::/8).",
                "Hub:Outbound:AllowedHosts:0 = 'not a host' is not a host name (api.example.com, or *.example.com).",
            ],
            results.Select(r => r.ErrorMessage));
        Assert.Throws<FormatException>(() => OutboundPolicy.From(options));
    }

    [Fact]
    public void A_refusal_is_found_inside_the_exceptions_that_wrap_it()
    {
        var refused = new OutboundRefusedException(IPAddress.Loopback, "x", "loopback");
        var wrapped = new HttpRequestException("Refused (x:80)", new InvalidOperationException("inner", refused));

        Assert.Same(refused, OutboundRefusedException.FindIn(wrapped));
        Assert.Null(OutboundRefusedException.FindIn(new HttpRequestException("DNS")));
        Assert.Null(OutboundRefusedException.FindIn(null));
        Assert.Equal("Refused to connect to 127.0.0.1 (loopback) for host 'x'; allow it with Hub:Outbound:AllowedNetworks", refused.Message);
    }
}
