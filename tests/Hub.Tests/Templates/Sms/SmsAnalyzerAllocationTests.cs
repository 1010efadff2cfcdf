using Hub.Templates;

namespace Hub.Tests.Templates.Sms;

/// <summary>The analysis runs on every SMS render: what it allocates must not grow with the length of the text.</summary>
public sealed class SmsAnalyzerAllocationTests
{
    [Theory]
    [InlineData("Your order #1001 is on its way. Track it: https://track.example/1001 ")]
    [InlineData("Ваш заказ №1001 в пути. Отследить: https://track.example/1001 ")]
    public void A_long_text_allocates_no_more_than_its_result(string sentence)
    {
        var short1 = sentence;
        var long20 = string.Concat(Enumerable.Repeat(sentence, 20));
        SmsAnalyzer.Analyze(short1);
        SmsAnalyzer.Analyze(long20);

        var forShort = Allocated(() => SmsAnalyzer.Analyze(short1));
        var forLong = Allocated(() => SmsAnalyzer.Analyze(long20));

        // Twenty times the text: more parts (a few dozen bytes each) but the same characters, so nothing per character.
        Assert.True(forLong < forShort + 1024, $"{forShort} bytes for {short1.Length} chars, {forLong} for {long20.Length}");
    }

    private static long Allocated(Func<SmsAnalysis> analyze)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        GC.KeepAlive(analyze());
        return GC.GetAllocatedBytesForCurrentThread() - before;
    }
}
