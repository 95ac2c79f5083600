using System.Globalization;
using System.Text.RegularExpressions;

namespace CustomerComms.Reports.Rendering;

/// <summary>
/// Places template errors on a line. Handlebars.Net reports a position only for some parse errors, so the blocks and
/// mustaches are checked here first, and a name in a runtime error is looked up in the sources.
/// </summary>
internal static partial class TemplateLocator
{
    /// <summary>The first structural problem in <paramref name="source"/> (unclosed or mismatched block, unterminated mustache), or null.</summary>
    public static (int Line, string Reason)? FindProblem(string source)
    {
        var open = new Stack<(string Name, int Line)>();
        var index = 0;
        while ((index = source.IndexOf("{{", index, StringComparison.Ordinal)) >= 0)
        {
            var line = LineOf(source, index);
            var close = source.IndexOf("}}", index + 2, StringComparison.Ordinal);
            var next = source.IndexOf("{{", index + 2, StringComparison.Ordinal);
            if (close < 0 || (next >= 0 && next < close))
            {
                return (line, "a '{{' is not closed by '}}'");
            }

            var body = source[(index + 2)..close].Trim('{', '}', '~', ' ', '\n', '\t');
            index = close + 2;
            if (body.StartsWith('!'))
            {
                continue;
            }

            var name = body.Length > 1 ? body[1..].Split(' ', '\n', '\t')[0] : "";
            if (body.StartsWith('#'))
            {
                if (name.Length == 0 || (name is "if" or "unless" or "each" or "with" && body.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries).Length < 2))
                {
                    return (line, $"the block '{{{{{body}}}}}' needs an argument");
                }

                open.Push((name, line));
            }
            else if (body.StartsWith('/'))
            {
                if (open.Count == 0 || open.Peek().Name != name)
                {
                    return (line, open.Count == 0
                        ? $"'{{{{/{name}}}}}' closes a block that was never opened"
                        : $"'{{{{/{name}}}}}' does not close '{{{{#{open.Peek().Name}}}}}' opened on line {open.Peek().Line.ToString(CultureInfo.InvariantCulture)}");
                }

                open.Pop();
            }
        }

        return open.Count > 0 ? (open.Peek().Line, $"the block '{{{{#{open.Peek().Name}}}}}' is never closed") : null;
    }

    /// <summary>The 1-based line of the first mustache in <paramref name="source"/> that uses <paramref name="name"/>, or null.</summary>
    public static int? LineOfName(string source, string name)
    {
        var match = Regex.Match(source, @"\{\{[#>~\s]*(?:>\s*)?" + Regex.Escape(name) + @"[\s}]");
        return match.Success ? LineOf(source, match.Index) : null;
    }

    /// <summary>The quoted name in a Handlebars.Net runtime message ("helper 'x'", "partial name 'x'").</summary>
    public static string? QuotedName(string message)
    {
        var match = QuotedNamePattern().Match(message);
        return match.Success ? match.Groups[1].Value : null;
    }

    /// <summary>The 0-based "Occured at: line:column" position some parse errors carry, as a 1-based line.</summary>
    public static int? ReportedLine(string message)
    {
        var match = ReportedPositionPattern().Match(message);
        return match.Success ? int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) + 1 : null;
    }

    private static int LineOf(string source, int index) => 1 + source.AsSpan(0, index).Count('\n');

    [GeneratedRegex("'([^']+)'")]
    private static partial Regex QuotedNamePattern();

    [GeneratedRegex(@"Occured at:\s*(\d+):(\d+)")]
    private static partial Regex ReportedPositionPattern();
}
