using System.Globalization;

namespace CustomerComms.Domain.Common;

/// <summary>
/// The text form of a record number that restarts every year: a prefix, the year and a five-digit sequence,
/// e.g. <c>CMP-2026-00042</c>. Numbers are fixed-width, so within a year the greatest text is the highest number.
/// </summary>
public sealed class YearlyNumberFormat
{
    public const int MinYear = 2000;
    public const int MaxYear = 9999;
    public const int MaxSequence = 99_999;

    private readonly string _recordName;

    /// <param name="prefix">The leading text including its dash, e.g. <c>CMP-</c>.</param>
    /// <param name="recordName">What is numbered, for error messages, e.g. <c>complaint</c>.</param>
    public YearlyNumberFormat(string prefix, string recordName)
    {
        Prefix = prefix;
        _recordName = recordName;
    }

    public string Prefix { get; }

    /// <summary>The length of every formatted number: prefix, four-digit year, dash, five-digit sequence.</summary>
    public int Length => Prefix.Length + 10;

    /// <summary>The text every number of <paramref name="year"/> starts with, e.g. <c>CMP-2026-</c>.</summary>
    public string YearPrefix(int year) => string.Create(CultureInfo.InvariantCulture, $"{Prefix}{year:D4}-");

    public string Format(int year, int sequence) => string.Create(CultureInfo.InvariantCulture, $"{YearPrefix(year)}{sequence:D5}");

    /// <summary>Checks the parts of a number, naming the field at fault.</summary>
    public (int Year, int Sequence) Validate(int year, int sequence)
    {
        return (Require.InRange(year, "year", MinYear, MaxYear), Require.InRange(sequence, "sequence", 1, MaxSequence));
    }

    public (int Year, int Sequence) Parse(string text)
    {
        return TryParse(text, out var year, out var sequence)
            ? (year, sequence)
            : throw new DomainValidationException("number", $"'{text}' is not a {_recordName} number of the form {Prefix}YYYY-NNNNN.");
    }

    public bool TryParse(string? text, out int year, out int sequence)
    {
        year = 0;
        sequence = 0;
        var yearAt = Prefix.Length;
        if (text is null || text.Length != Length || !text.StartsWith(Prefix, StringComparison.Ordinal) || text[yearAt + 4] != '-')
        {
            return false;
        }

        var yearText = text.AsSpan(yearAt, 4);
        var sequenceText = text.AsSpan(yearAt + 5, 5);
        if (!IsDigits(yearText) || !IsDigits(sequenceText))
        {
            return false;
        }

        year = int.Parse(yearText, NumberStyles.None, CultureInfo.InvariantCulture);
        sequence = int.Parse(sequenceText, NumberStyles.None, CultureInfo.InvariantCulture);
        return year >= MinYear && sequence >= 1;
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
