using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using CustomerComms.Domain.Common;

namespace CustomerComms.Domain.Complaints;

/// <summary>A complaint's human-readable number, <c>CMP-YYYY-NNNNN</c>: the year received and a sequence within that year.</summary>
public readonly record struct ComplaintNumber
{
    public const string Prefix = "CMP-";

    /// <summary>The length of every formatted number, e.g. <c>CMP-2026-00042</c>.</summary>
    public const int Length = 14;

    public ComplaintNumber(int year, int sequence)
    {
        Year = Require.InRange(year, "year", 2000, 9999);
        Sequence = Require.InRange(sequence, "sequence", 1, 99_999);
    }

    public int Year { get; }

    public int Sequence { get; }

    /// <summary>The text every number of <paramref name="year"/> starts with, e.g. <c>CMP-2026-</c>.</summary>
    public static string YearPrefix(int year)
    {
        return string.Create(CultureInfo.InvariantCulture, $"{Prefix}{year:D4}-");
    }

    public static ComplaintNumber Parse(string text)
    {
        return TryParse(text, out var number)
            ? number
            : throw new DomainValidationException("number", $"'{text}' is not a complaint number of the form CMP-YYYY-NNNNN.");
    }

    public static bool TryParse([NotNullWhen(true)] string? text, out ComplaintNumber number)
    {
        number = default;
        if (text is null || text.Length != Length || !text.StartsWith(Prefix, StringComparison.Ordinal) || text[8] != '-')
        {
            return false;
        }

        var yearText = text.AsSpan(4, 4);
        var sequenceText = text.AsSpan(9, 5);
        if (!IsDigits(yearText) || !IsDigits(sequenceText))
        {
            return false;
        }

        var year = int.Parse(yearText, NumberStyles.None, CultureInfo.InvariantCulture);
        var sequence = int.Parse(sequenceText, NumberStyles.None, CultureInfo.InvariantCulture);
        if (year < 2000 || sequence < 1)
        {
            return false;
        }

        number = new ComplaintNumber(year, sequence);
        return true;
    }

    public ComplaintNumber Next()
    {
        return new ComplaintNumber(Year, Sequence + 1);
    }

    public override string ToString()
    {
        return string.Create(CultureInfo.InvariantCulture, $"{YearPrefix(Year)}{Sequence:D5}");
    }

    private static bool IsDigits(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }
}
