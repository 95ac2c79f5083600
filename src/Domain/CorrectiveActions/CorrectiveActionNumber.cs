using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using CustomerComms.Domain.Common;

namespace CustomerComms.Domain.CorrectiveActions;

/// <summary>A corrective action's number, <c>CA-YYYY-NNNNN</c>: the year opened and a sequence within that year.</summary>
public readonly record struct CorrectiveActionNumber
{
    public const string Prefix = "CA-";

    /// <summary>The length of every formatted number, e.g. <c>CA-2026-00042</c>.</summary>
    public const int Length = 13;

    public CorrectiveActionNumber(int year, int sequence)
    {
        Year = Require.InRange(year, "year", 2000, 9999);
        Sequence = Require.InRange(sequence, "sequence", 1, 99_999);
    }

    public int Year { get; }

    public int Sequence { get; }

    /// <summary>The text every number of <paramref name="year"/> starts with, e.g. <c>CA-2026-</c>.</summary>
    public static string YearPrefix(int year)
    {
        return string.Create(CultureInfo.InvariantCulture, $"{Prefix}{year:D4}-");
    }

    public static CorrectiveActionNumber Parse(string text)
    {
        return TryParse(text, out var number)
            ? number
            : throw new DomainValidationException("number", $"'{text}' is not a corrective action number of the form CA-YYYY-NNNNN.");
    }

    public static bool TryParse([NotNullWhen(true)] string? text, out CorrectiveActionNumber number)
    {
        number = default;
        if (text is null || text.Length != Length || !text.StartsWith(Prefix, StringComparison.Ordinal) || text[7] != '-')
        {
            return false;
        }

        var yearText = text.AsSpan(3, 4);
        var sequenceText = text.AsSpan(8, 5);
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

        number = new CorrectiveActionNumber(year, sequence);
        return true;
    }

    public CorrectiveActionNumber Next()
    {
        return new CorrectiveActionNumber(Year, Sequence + 1);
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
