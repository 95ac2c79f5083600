using System.Globalization;

namespace CustomerComms.Domain.DemoData;

/// <summary>How many records of each kind the generator wrote.</summary>
public sealed class DemoDataSummary
{
    private readonly SortedDictionary<string, int> _counts = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, int> Counts => _counts;

    internal void Add(string records, int count)
    {
        _counts[records] = _counts.GetValueOrDefault(records) + count;
    }

    public override string ToString()
    {
        return string.Join(", ", _counts.Select(c => string.Create(CultureInfo.InvariantCulture, $"{c.Value} {c.Key}")));
    }
}
