using System.Text.Json.Nodes;
using Hub.Contacts;

namespace Hub.Tests.Contacts;

public sealed class PersonalDataErasureTests
{
    private static readonly PersonalDataErasure Erasure = new(
        Guid.NewGuid(), ["+4791234567"], ["kari@example.com"], ["+4791234567", "4791234567", "91234567", "912 34 567", "kari@example.com", "Kari@Example.com"],
        ["Kari", "Nordmann", "Kari Nordmann"], [], DateTimeOffset.UnixEpoch);

    [Fact]
    public void Text_loses_every_form_of_the_phone_the_email_and_the_names_but_not_words_that_contain_them()
    {
        var scrubbed = Erasure.Scrub("Hi KARI Nordmann (+47 912 34 567 / 91234567 / KARI@example.COM): Karianne's order, tel +4791234567");

        Assert.Equal("Hi erased (+47 erased / erased / erased): Karianne's order, tel erased", scrubbed);
    }

    [Fact]
    public void Json_stays_json_with_strings_scrubbed_and_a_phone_written_as_a_number_replaced()
    {
        var json = """{"contact":{"firstName":"Kari","phone":"+4791234567","email":"kari@example.com"},"phone":91234567,"total":91234568,"lines":[{"name":"Kari Nordmann"},"ok"]}""";

        var scrubbed = JsonNode.Parse(Erasure.ScrubJson(json))!;

        Assert.Equal("erased", (string?)scrubbed["contact"]!["firstName"]);
        Assert.Equal("erased", (string?)scrubbed["contact"]!["phone"]);
        Assert.Equal("erased", (string?)scrubbed["contact"]!["email"]);
        Assert.Equal("erased", (string?)scrubbed["phone"]);
        Assert.Equal(91234568, (long)scrubbed["total"]!);
        Assert.Equal("erased", (string?)scrubbed["lines"]![0]!["name"]);
        Assert.Equal("ok", (string?)scrubbed["lines"]![1]);
    }

    [Fact]
    public void Text_that_is_not_json_is_scrubbed_as_text()
    {
        Assert.Equal("phone=erased&name=erased", Erasure.ScrubJson("phone=91234567&name=Kari"));
    }
}
