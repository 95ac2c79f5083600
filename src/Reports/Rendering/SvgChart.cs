using System.Globalization;
using System.Net;
using System.Text;
using CustomerComms.Reports.Model;

namespace CustomerComms.Reports.Rendering;

/// <summary>
/// Draws the report's charts as inline SVG from the analytics results: control charts (centre line, limits, flagged
/// points, the current period shaded, an optional trend line) and Pareto bars. Coordinates are written invariantly
/// with two decimals, so the same data always gives the same bytes.
/// </summary>
public static class SvgChart
{
    private const double Width = 640;
    private const double Height = 220;
    private const double Left = 56;
    private const double Right = 12;
    private const double Top = 14;
    private const double Bottom = 30;

    /// <summary>One plotted point of a control chart.</summary>
    public sealed record Point(DateOnly Month, double Value, double Center, double Lower, double Upper, bool Flagged, bool InPeriod);

    /// <summary>A straight line over the current period: value = intercept + slope × (months since its first point).</summary>
    public sealed record Line(double Intercept, double Slope);

    /// <summary>A control chart; <paramref name="limits"/> false draws the series without centre line and limits.</summary>
    public static string ControlChart(string title, IReadOnlyList<Point> points, bool limits, Line? trend = null)
    {
        if (points.Count == 0)
        {
            return "";
        }

        var values = points.Select(p => p.Value).ToList();
        if (limits)
        {
            values.AddRange(points.Select(p => p.Lower).Concat(points.Select(p => p.Upper)));
        }

        var (min, max) = Range(values);
        double X(int i) => Left + ((Width - Left - Right) * (points.Count == 1 ? 0.5 : i / (double)(points.Count - 1)));
        double Y(double v) => Top + ((Height - Top - Bottom) * (1 - ((v - min) / (max - min))));

        var svg = Open(title);
        var firstInPeriod = points.ToList().FindIndex(p => p.InPeriod);
        if (firstInPeriod >= 0)
        {
            var x0 = firstInPeriod == 0 ? Left : (X(firstInPeriod - 1) + X(firstInPeriod)) / 2;
            svg.Append(Invariant($"<rect class=\"period\" x=\"{x0:0.##}\" y=\"{Top:0.##}\" width=\"{Width - Right - x0:0.##}\" height=\"{Height - Top - Bottom:0.##}\" fill=\"#eef3fb\"/>"));
        }

        Axis(svg, min, max, Y);
        if (limits)
        {
            Path(svg, "ucl", points.Select((p, i) => (X(i), Y(p.Upper))), "#c0392b", "4 3");
            Path(svg, "lcl", points.Select((p, i) => (X(i), Y(p.Lower))), "#c0392b", "4 3");
            Path(svg, "centre", points.Select((p, i) => (X(i), Y(p.Center))), "#27ae60", null);
        }

        if (trend is not null && firstInPeriod >= 0)
        {
            var last = points.Count - 1;
            Path(svg, "trend", [(X(firstInPeriod), Y(trend.Intercept)), (X(last), Y(trend.Intercept + (trend.Slope * (last - firstInPeriod))))], "#8e44ad", "2 2");
        }

        Path(svg, "series", points.Select((p, i) => (X(i), Y(p.Value))), "#1f4e79", null);
        for (var i = 0; i < points.Count; i++)
        {
            var flagged = points[i].Flagged;
            svg.Append(Invariant($"<circle class=\"{(flagged ? "flagged" : "point")}\" cx=\"{X(i):0.##}\" cy=\"{Y(points[i].Value):0.##}\" r=\"{(flagged ? 4.5 : 2.5)}\" fill=\"{(flagged ? "#c0392b" : "#1f4e79")}\"/>"));
        }

        var step = Math.Max(1, (int)Math.Ceiling(points.Count / 12.0));
        for (var i = 0; i < points.Count; i += step)
        {
            svg.Append(Invariant($"<text x=\"{X(i):0.##}\" y=\"{Height - 10:0.##}\" text-anchor=\"middle\">{points[i].Month.ToString("yyyy-MM", CultureInfo.InvariantCulture)}</text>"));
        }

        return svg.Append("</svg>").ToString();
    }

    /// <summary>Pareto bars (largest first) with the cumulative-percentage line.</summary>
    public static string Pareto(string title, IReadOnlyList<ParetoLine> lines)
    {
        if (lines.Count == 0)
        {
            return "";
        }

        var max = lines.Max(l => l.Count);
        var band = (Width - Left - Right) / lines.Count;
        double Y(double fraction) => Top + ((Height - Top - Bottom) * (1 - fraction));
        var svg = Open(title);
        Axis(svg, 0, max, v => Y(v / max));
        for (var i = 0; i < lines.Count; i++)
        {
            var x = Left + (i * band) + (band * 0.15);
            var y = Y(lines[i].Count / (double)max);
            svg.Append(Invariant($"<rect class=\"bar\" x=\"{x:0.##}\" y=\"{y:0.##}\" width=\"{band * 0.7:0.##}\" height=\"{Height - Bottom - y:0.##}\" fill=\"#1f4e79\"/>"));
            svg.Append(Invariant($"<text x=\"{x + (band * 0.35):0.##}\" y=\"{Height - 10:0.##}\" text-anchor=\"middle\">{WebUtility.HtmlEncode(lines[i].Category)}</text>"));
        }

        Path(svg, "cumulative", lines.Select((l, i) => (Left + (i * band) + (band / 2), Y(l.CumulativePercent / 100))), "#e67e22", null);
        return svg.Append("</svg>").ToString();
    }

    private static StringBuilder Open(string title) =>
        new StringBuilder()
            .Append(Invariant($"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {Width} {Height}\" width=\"{Width}\" height=\"{Height}\" role=\"img\" font-family=\"sans-serif\" font-size=\"10\">"))
            .Append("<title>").Append(WebUtility.HtmlEncode(title)).Append("</title>");

    private static void Axis(StringBuilder svg, double min, double max, Func<double, double> y)
    {
        svg.Append(Invariant($"<line x1=\"{Left}\" y1=\"{Top}\" x2=\"{Left}\" y2=\"{Height - Bottom}\" stroke=\"#888\"/>"));
        svg.Append(Invariant($"<line x1=\"{Left}\" y1=\"{Height - Bottom}\" x2=\"{Width - Right}\" y2=\"{Height - Bottom}\" stroke=\"#888\"/>"));
        foreach (var v in new[] { min, (min + max) / 2, max })
        {
            svg.Append(Invariant($"<text x=\"{Left - 4}\" y=\"{y(v) + 3:0.##}\" text-anchor=\"end\">{v:0.##}</text>"));
        }
    }

    private static void Path(StringBuilder svg, string name, IEnumerable<(double X, double Y)> points, string colour, string? dash)
    {
        var d = string.Join(" ", points.Select((p, i) => Invariant($"{(i == 0 ? "M" : "L")}{p.X:0.##},{p.Y:0.##}")));
        svg.Append(Invariant($"<path class=\"{name}\" d=\"{d}\" fill=\"none\" stroke=\"{colour}\" stroke-width=\"1.5\"{(dash is null ? "" : $" stroke-dasharray=\"{dash}\"")}/>"));
    }

    private static (double Min, double Max) Range(IReadOnlyList<double> values)
    {
        var min = values.Min();
        var max = values.Max();
        var pad = max > min ? (max - min) * 0.08 : Math.Max(1, Math.Abs(max) * 0.1);
        return (min - pad, max + pad);
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
