using System.Globalization;
using System.Text;

namespace Hub.Load.Report;

/// <summary>A markdown table built row by row; numbers in the invariant culture.</summary>
internal sealed class MarkdownTable(params string[] headers)
{
    private readonly List<string[]> rows = [];

    public void Row(params object?[] cells) => rows.Add(cells.Select(Cell).ToArray());

    public void WriteTo(StringBuilder text)
    {
        text.AppendLine("| " + string.Join(" | ", headers) + " |");
        text.AppendLine("|" + string.Concat(headers.Select(_ => "---|")));
        foreach (var row in rows)
        {
            text.AppendLine("| " + string.Join(" | ", row) + " |");
        }
        text.AppendLine();
    }

    public static string Number(double value, int decimals = 0) =>
        double.IsNaN(value) || double.IsInfinity(value) ? "-" : value.ToString("N" + decimals, CultureInfo.InvariantCulture);

    private static string Cell(object? value) => value switch
    {
        null => "-",
        double d => Number(d, Math.Abs(d) >= 100 ? 0 : Math.Abs(d) >= 10 ? 1 : 2),
        string s => s.Replace("|", "\\|", StringComparison.Ordinal),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };
}
