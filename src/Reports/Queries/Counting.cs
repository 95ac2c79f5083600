using CustomerComms.Reports.Model;

namespace CustomerComms.Reports.Queries;

/// <summary>Turns grouped counts into labelled lines with their shares, in a stable order.</summary>
internal static class Counting
{
    public static double Percent(int part, int whole) => whole == 0 ? 0 : Math.Round(100.0 * part / whole, 4);

    /// <summary>One line per label in <paramref name="order"/> (zero counts included), then any other label.</summary>
    public static IReadOnlyList<CountLine> Lines(IReadOnlyDictionary<string, int> counts, IEnumerable<string> order)
    {
        var total = counts.Values.Sum();
        var labels = order.ToList();
        labels.AddRange(counts.Keys.Where(k => !labels.Contains(k)).Order(StringComparer.Ordinal));
        return labels.Select(l => new CountLine(l, counts.GetValueOrDefault(l), Percent(counts.GetValueOrDefault(l), total))).ToList();
    }

    /// <summary>One line per enum member, in declaration order.</summary>
    public static IReadOnlyList<CountLine> Lines<TEnum>(IEnumerable<(TEnum Key, int Count)> counts)
        where TEnum : struct, Enum
    {
        var byName = counts.ToDictionary(c => c.Key.ToString(), c => c.Count, StringComparer.Ordinal);
        return Lines(byName, Enum.GetNames<TEnum>());
    }
}
