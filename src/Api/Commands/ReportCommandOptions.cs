using System.Globalization;
using CustomerComms.Domain.ManagementReviews;
using CustomerComms.Reports.Model;

namespace CustomerComms.Api.Commands;

/// <summary>Options of the <c>report</c> verb.</summary>
/// <param name="Period">The days the review covers, both ends included.</param>
/// <param name="Format">html, markdown (md) or pdf.</param>
/// <param name="Output">The file the document is written to.</param>
/// <param name="Title">The title on the document.</param>
public sealed record ReportCommandOptions(ReportPeriod Period, ReportFormat Format, string Output, string Title)
{
    /// <summary>Takes <c>--from</c>, <c>--to</c>, <c>--format</c>, <c>--out</c> and <c>--title</c> out of <paramref name="args"/>; the rest is configuration.</summary>
    public static ReportCommandOptions Parse(string[] args, out string[] configuration)
    {
        DateOnly? from = null;
        DateOnly? to = null;
        var format = ReportFormat.Html;
        string? output = null;
        string? title = null;
        var rest = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--from":
                    from = DateOf("--from", ValueOf(args, ref i));
                    break;
                case "--to":
                    to = DateOf("--to", ValueOf(args, ref i));
                    break;
                case "--format":
                    format = FormatOf(ValueOf(args, ref i));
                    break;
                case "--out":
                    output = ValueOf(args, ref i);
                    break;
                case "--title":
                    title = ValueOf(args, ref i);
                    break;
                default:
                    rest.Add(args[i]);
                    break;
            }
        }

        if (from is null || to is null)
        {
            throw new CommandLineException("report needs --from and --to (dates as yyyy-MM-dd).");
        }

        if (to < from)
        {
            throw new CommandLineException($"--from {from:yyyy-MM-dd} is after --to {to:yyyy-MM-dd}.");
        }

        if (string.IsNullOrWhiteSpace(output))
        {
            throw new CommandLineException("report needs --out <file> for the document.");
        }

        configuration = [.. rest];
        var period = ReportPeriod.Of(from.Value, to.Value);
        return new ReportCommandOptions(
            period,
            format,
            output,
            string.IsNullOrWhiteSpace(title)
                ? string.Create(CultureInfo.InvariantCulture, $"Management review {period.From:yyyy-MM-dd} to {period.To:yyyy-MM-dd}")
                : title.Trim());
    }

    private static string ValueOf(string[] args, ref int i)
    {
        if (i + 1 >= args.Length || args[i + 1].StartsWith("--", StringComparison.Ordinal))
        {
            throw new CommandLineException($"{args[i]} needs a value.");
        }

        return args[++i];
    }

    private static DateOnly DateOf(string option, string text)
    {
        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new CommandLineException($"{option} takes a date as yyyy-MM-dd; got '{text}'.");
    }

    private static ReportFormat FormatOf(string text)
    {
        return text.ToUpperInvariant() switch
        {
            "HTML" => ReportFormat.Html,
            "MARKDOWN" or "MD" => ReportFormat.Markdown,
            "PDF" => ReportFormat.Pdf,
            _ => throw new CommandLineException($"--format takes html, markdown or pdf; got '{text}'."),
        };
    }
}
