using System.Text.Json.Nodes;
using Hub.Contacts;

namespace Hub.Tests.Contacts;

public sealed class ConsentPolicyDocumentTests
{
    [Fact]
    public void An_empty_document_is_the_defaults_and_a_partial_one_keeps_the_rest()
    {
        var (empty, errors) = ConsentPolicyDocument.Read(new JsonObject());
        Assert.Empty(errors);
        Assert.Equal(("21:00", "08:00", false), (empty!.QuietHours.Start, empty.QuietHours.End, empty.RequireMarketingOptIn));
        Assert.Contains("STOPP", empty.Keywords.Languages["nb"].OptOut);

        var (partial, _) = ConsentPolicyDocument.Read(JsonNode.Parse("""
            {"requireMarketingOptIn": true, "countries": {"US": {"start": "20:00", "end": "09:00"}}, "senders": {"twilio-us": {"stopBlocksAll": true}}}
            """));
        Assert.True(partial!.RequireMarketingOptIn);
        Assert.Equal("21:00", partial.QuietHours.Start);
        Assert.Equal("09:00", partial.Countries["US"].End);
        Assert.True(partial.Senders["twilio-us"].StopBlocksAll);
    }

    [Theory]
    [InlineData("""{"quietHours": {"start": "25:00"}}""", "quietHours.start")]
    [InlineData("""{"quietHours": {"start": "21:00", "end": "8"}}""", "quietHours.end")]
    [InlineData("""{"quietHours": null}""", "quietHours")]
    [InlineData("""{"countries": {"us": {"start": "21:00", "end": "08:00"}}}""", "countries.us")]
    [InlineData("""{"countries": {"XX": {}}}""", "countries.XX")]
    [InlineData("""{"countries": {"NO": {"end": "later"}}}""", "countries.NO.end")]
    [InlineData("""{"senders": {"Link NO": {"stopBlocksAll": true}}}""", "senders.Link NO")]
    [InlineData("""{"senders": {"link-no": {"keywordLocales": ["English"]}}}""", "senders.link-no.keywordLocales")]
    [InlineData("""{"keywords": {"languages": {"nb": {"optOut": [" "]}}}}""", "keywords.languages.nb.optOut")]
    [InlineData("""{"requireMarketingOptIn": "yes"}""", "requireMarketingOptIn")]
    [InlineData("""[]""", "$")]
    public void A_bad_document_names_the_field(string json, string field)
    {
        var (policy, errors) = ConsentPolicyDocument.Read(JsonNode.Parse(json));
        Assert.Null(policy);
        Assert.Contains(field, errors.Keys);
    }

    [Fact]
    public void An_unknown_field_is_refused()
    {
        var (policy, errors) = ConsentPolicyDocument.Read(JsonNode.Parse("""{"quietHour": {"start": "21:00"}}"""));
        Assert.Null(policy);
        Assert.NotEmpty(errors);
    }
}
