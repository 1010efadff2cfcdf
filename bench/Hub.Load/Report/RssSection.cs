using System.Text;

namespace Hub.Load.Report;

/// <summary>Hub's resident memory (VmRSS, sampled every second) per phase, and over the long run minute by minute.</summary>
internal static class RssSection
{
    public static void Write(StringBuilder text, RunReport r)
    {
        text.AppendLine("## Hub memory (RSS)").AppendLine();
        var table = new MarkdownTable("hub", "phase", "samples", "min MB", "max MB", "last MB");
        foreach (var group in r.Rss.GroupBy(s => (s.Hub, s.Phase)))
        {
            var samples = group.ToList();
            table.Row($"{group.Key.Hub}", group.Key.Phase, samples.Count, samples.Min(s => s.Megabytes), samples.Max(s => s.Megabytes), samples[^1].Megabytes);
        }
        table.WriteTo(text);

        var soak = r.Rss.Where(s => s.Phase == "long").ToList();
        if (soak.Count == 0)
        {
            return;
        }
        text.AppendLine("Long run, one sample per minute (flat means no leak under steady load):").AppendLine();
        var timeline = new MarkdownTable("hub", "minute", "RSS MB");
        foreach (var sample in soak.GroupBy(s => (s.Hub, Minute: (int)(s.At - soak.First(f => f.Hub == s.Hub).At).TotalMinutes)).Select(g => g.First()))
        {
            timeline.Row(sample.Hub, (int)(sample.At - soak.First(f => f.Hub == sample.Hub).At).TotalMinutes, sample.Megabytes);
        }
        timeline.WriteTo(text);
    }
}
