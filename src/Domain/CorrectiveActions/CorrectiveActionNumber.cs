using System.Diagnostics.CodeAnalysis;
using CustomerComms.Domain.Common;

namespace CustomerComms.Domain.CorrectiveActions;

/// <summary>A corrective action's number, <c>CA-YYYY-NNNNN</c>: the year opened and a sequence within that year.</summary>
public readonly record struct CorrectiveActionNumber
{
    public const string Prefix = "CA-";

    /// <summary>The length of every formatted number, e.g. <c>CA-2026-00042</c>.</summary>
    public const int Length = 13;

    internal static readonly YearlyNumberFormat Format = new(Prefix, "corrective action");

    public CorrectiveActionNumber(int year, int sequence)
    {
        (Year, Sequence) = Format.Validate(year, sequence);
    }

    public int Year { get; }

    public int Sequence { get; }

    /// <summary>The text every number of <paramref name="year"/> starts with, e.g. <c>CA-2026-</c>.</summary>
    public static string YearPrefix(int year) => Format.YearPrefix(year);

    public static CorrectiveActionNumber Parse(string text)
    {
        var (year, sequence) = Format.Parse(text);
        return new CorrectiveActionNumber(year, sequence);
    }

    public static bool TryParse([NotNullWhen(true)] string? text, out CorrectiveActionNumber number)
    {
        var valid = Format.TryParse(text, out var year, out var sequence);
        number = valid ? new CorrectiveActionNumber(year, sequence) : default;
        return valid;
    }

    public CorrectiveActionNumber Next() => new(Year, Sequence + 1);

    public override string ToString() => Format.Format(Year, Sequence);
}
