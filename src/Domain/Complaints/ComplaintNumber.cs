using System.Diagnostics.CodeAnalysis;
using CustomerComms.Domain.Common;

namespace CustomerComms.Domain.Complaints;

/// <summary>A complaint's human-readable number, <c>CMP-YYYY-NNNNN</c>: the year received and a sequence within that year.</summary>
public readonly record struct ComplaintNumber
{
    public const string Prefix = "CMP-";

    /// <summary>The length of every formatted number, e.g. <c>CMP-2026-00042</c>.</summary>
    public const int Length = 14;

    internal static readonly YearlyNumberFormat Format = new(Prefix, "complaint");

    public ComplaintNumber(int year, int sequence)
    {
        (Year, Sequence) = Format.Validate(year, sequence);
    }

    public int Year { get; }

    public int Sequence { get; }

    /// <summary>The text every number of <paramref name="year"/> starts with, e.g. <c>CMP-2026-</c>.</summary>
    public static string YearPrefix(int year) => Format.YearPrefix(year);

    public static ComplaintNumber Parse(string text)
    {
        var (year, sequence) = Format.Parse(text);
        return new ComplaintNumber(year, sequence);
    }

    public static bool TryParse([NotNullWhen(true)] string? text, out ComplaintNumber number)
    {
        var valid = Format.TryParse(text, out var year, out var sequence);
        number = valid ? new ComplaintNumber(year, sequence) : default;
        return valid;
    }

    public ComplaintNumber Next() => new(Year, Sequence + 1);

    public override string ToString() => Format.Format(Year, Sequence);
}
