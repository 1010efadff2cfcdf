using System.Text.Json.Nodes;
using Hub.Access.Audit;
using Hub.Access.Audit.Internals;

namespace Hub.Tests.Access;

public sealed class AuditJsonTests
{
    [Fact]
    public void Values_under_secret_names_are_redacted_at_any_depth_and_flags_and_other_values_are_kept()
    {
        var written = AuditJson.Write(new
        {
            type = "twilio",
            settings = new { region = "eu", timeoutSeconds = 10 },
            credentials = new { accountSid = "AC123", authToken = "tok-value" },
            nested = new[] { new { client_secret = "cs-value", name = "kept" } },
            secret = AuditSecrets.Changed(true),
            webhookSigningKey = 12345,
            keywords = new[] { "STOP" },
        });

        var node = JsonNode.Parse(written!)!;
        Assert.DoesNotContain("AC123", written, StringComparison.Ordinal);
        Assert.DoesNotContain("tok-value", written, StringComparison.Ordinal);
        Assert.DoesNotContain("cs-value", written, StringComparison.Ordinal);
        Assert.DoesNotContain("12345", written, StringComparison.Ordinal);
        Assert.Equal("***", (string?)node["credentials"]!["authToken"]);
        Assert.Equal("***", (string?)node["nested"]![0]!["client_secret"]);
        Assert.Equal("kept", (string?)node["nested"]![0]!["name"]);
        Assert.True((bool)node["secret"]!["changed"]!);
        Assert.Equal("eu", (string?)node["settings"]!["region"]);
        Assert.Equal(10, (int)node["settings"]!["timeoutSeconds"]!);
        Assert.Equal("STOP", (string?)node["keywords"]![0]);
    }

    [Fact]
    public void Credential_changes_name_each_credential_with_whether_it_changed_and_never_its_value()
    {
        var changes = AuditSecrets.Changes(
            new Dictionary<string, string> { ["apiKey"] = "old", ["user"] = "same" },
            new Dictionary<string, string> { ["apiKey"] = "new", ["user"] = "same", ["extra"] = "added" });

        Assert.Equal("""{"apiKey":{"changed":true},"extra":{"changed":true},"user":{"changed":false}}""", changes.ToJsonString());
        Assert.Null(AuditJson.Write(null));
    }
}
