using System.Globalization;

namespace CustomerComms.Reports.Rendering;

/// <summary>
/// The formatting helpers templates may call: numbers, percentages, signed changes, p-values, dates and months in
/// the configured culture. They only format the value given; none reads files, the clock or the network.
/// </summary>
internal sealed class ValueFormatter(CultureInfo culture, string dateFormat)
{
    /// <summary>What a missing value prints as.</summary>
    public const string Missing = "–";

    /// <summary><c>{{number value decimals}}</c>: grouped digits, one decimal unless told.</summary>
    public string Number(object? value, object? decimals) =>
        ToDouble(value) is { } v ? v.ToString("N" + Decimals(decimals, 1), culture) : Missing;

    /// <summary><c>{{percent value decimals}}</c>: a 0–100 share followed by " %".</summary>
    public string Percent(object? value, object? decimals) =>
        ToDouble(value) is { } v ? v.ToString("N" + Decimals(decimals, 1), culture) + " %" : Missing;

    /// <summary><c>{{signed value decimals}}</c>: a change with its sign, "+1.5" or "−0.3".</summary>
    public string Signed(object? value, object? decimals)
    {
        if (ToDouble(value) is not { } v)
        {
            return Missing;
        }

        var text = Math.Abs(v).ToString("N" + Decimals(decimals, 1), culture);
        return v > 0 && text.Any(c => c is >= '1' and <= '9') ? "+" + text : v < 0 && text.Any(c => c is >= '1' and <= '9') ? "−" + text : text;
    }

    /// <summary><c>{{pvalue p}}</c>: "p &lt; 0.001" or "p = 0.012".</summary>
    public string PValue(object? value) => ToDouble(value) switch
    {
        null => Missing,
        < 0.001 => "p < " + 0.001.ToString("0.000", culture),
        { } v => "p = " + v.ToString("0.000", culture),
    };

    /// <summary><c>{{date value}}</c>: a date (or the date of a timestamp) in the configured date format.</summary>
    public string Date(object? value) => ToDate(value) is { } d ? d.ToString(dateFormat, culture) : Missing;

    /// <summary><c>{{month value}}</c>: year and month, e.g. 2026-03.</summary>
    public string Month(object? value) => ToDate(value) is { } d ? d.ToString("yyyy-MM", culture) : Missing;

    private static int Decimals(object? decimals, int fallback) =>
        ToDouble(decimals) is { } d && d is >= 0 and <= 10 ? (int)d : fallback;

    private static double? ToDouble(object? value) => value switch
    {
        null => null,
        double d => double.IsFinite(d) ? d : null,
        float f => f,
        int i => i,
        long l => l,
        decimal m => (double)m,
        string s when double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) => parsed,
        _ => null,
    };

    private static DateOnly? ToDate(object? value) => value switch
    {
        DateOnly d => d,
        DateTime t => DateOnly.FromDateTime(t),
        string s when s.Length >= 10 && DateOnly.TryParseExact(s[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) => d,
        _ => null,
    };
}
