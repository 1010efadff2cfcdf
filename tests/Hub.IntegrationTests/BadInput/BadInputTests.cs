using System.Text.Json.Nodes;
using Hub.IntegrationTests.Infrastructure;

namespace Hub.IntegrationTests.BadInput;

/// <summary>
/// Acceptance: every case of <see cref="BadInputCorpus"/> against one Hub process per database gets a clear answer:
/// never a 5xx, a problem+json body for every 4xx that Hub (not Kestrel) writes, nothing stored for a rejected request,
/// and nothing in the log that looks like a crash: no stack trace, no unhandled exception, no error entry, no secret.
/// </summary>
public abstract class BadInputTests(BadInputHub hub)
{
    private static readonly string[] CrashSigns = ["   at ", "Unhandled exception", "fail:", "crit:"];
    private static readonly string[] Secrets = [BadInputHub.ShopSecret, BadInputHub.CrmSecret, HubClient.AdminKey, "pat-test", "probe-secret"];

    public static TheoryData<string> Cases() => [.. BadInputCorpus.Names];

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Bad_input_gets_a_clear_answer_and_leaves_no_trace(string name)
    {
        var badInput = BadInputCorpus.Find(name);
        var before = await hub.CountStoredAsync();
        var mark = hub.Process.OutputLineCount;

        var answer = await badInput.SendAsync(hub);

        var context = $"{hub.DatabaseName}: {name} got {answer}";
        Assert.True(answer.Status < 500, context);
        Assert.Contains(answer.Status, badInput.Statuses);
        if (answer.Status >= 400 && badInput.OurBody)
        {
            Assert.True(answer.MediaType == "application/problem+json", context);
            if (answer.Body.StartsWith('{'))
            {
                Assert.Equal(answer.Status, (int?)JsonNode.Parse(answer.Body)!["status"]);
            }
        }
        if (answer.Status == 401 && !name.StartsWith("webhook:", StringComparison.Ordinal))
        {
            // The admin API's challenge; a webhook's 401 says only that the signature is wrong.
            Assert.True(answer.WwwAuthenticate == "Bearer", context);
        }
        if (!badInput.Stores)
        {
            Assert.Equal(before, await hub.CountStoredAsync());
        }
        var log = (await hub.LogOfCaseAsync(mark)).Split('\n');
        var crashes = log.Where(line => CrashSigns.Any(sign => line.Contains(sign, StringComparison.Ordinal))).ToList();
        Assert.True(crashes.Count == 0, $"{hub.DatabaseName}: {name} logged:\n{string.Join('\n', log)}");
        Assert.DoesNotContain(log, line => Secrets.Any(secret => line.Contains(secret, StringComparison.Ordinal)));
    }
}
