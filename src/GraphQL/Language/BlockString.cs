using System.Text;

namespace CustomerComms.GraphQL.Language;

/// <summary>The block string rules of the specification: the indentation algorithm and printing.</summary>
public static class BlockString
{
    /// <summary>
    /// The spec's <c>BlockStringValue(rawValue)</c> applied to a raw value already split into lines:
    /// removes the common indentation of all lines but the first, then leading and trailing blank lines,
    /// and joins the rest with U+000A.
    /// </summary>
    /// <param name="lines">The raw lines, split at line terminators, with <c>\"""</c> already unescaped.</param>
    /// <returns>The block string value; an empty string when every line is blank.</returns>
    public static string Dedent(IReadOnlyList<string> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var commonIndent = int.MaxValue;
        var firstNonEmptyLine = -1;
        var lastNonEmptyLine = -1;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var indent = LeadingWhiteSpace(line);
            if (indent == line.Length)
            {
                continue;
            }

            if (firstNonEmptyLine < 0)
            {
                firstNonEmptyLine = i;
            }

            lastNonEmptyLine = i;
            if (i != 0 && indent < commonIndent)
            {
                commonIndent = indent;
            }
        }

        if (firstNonEmptyLine < 0)
        {
            return string.Empty;
        }

        var result = new StringBuilder();
        for (var i = firstNonEmptyLine; i <= lastNonEmptyLine; i++)
        {
            if (i != firstNonEmptyLine)
            {
                result.Append('\n');
            }

            var line = lines[i];
            if (i == 0 || commonIndent == int.MaxValue)
            {
                result.Append(line);
            }
            else if (line.Length > commonIndent)
            {
                result.Append(line, commonIndent, line.Length - commonIndent);
            }
        }

        return result.ToString();
    }

    /// <summary>
    /// Whether <paramref name="value" /> survives being printed as a block string and parsed back unchanged
    /// (no control characters, no carriage return, no leading blank line, trailing blank line or common indentation).
    /// </summary>
    /// <param name="value">The string value.</param>
    /// <returns>True when the block string form may be used.</returns>
    public static bool IsPrintable(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.Length == 0)
        {
            return true;
        }

        var isEmptyLine = true;
        var hasIndent = false;
        var hasCommonIndent = true;
        var seenNonEmptyLine = false;
        foreach (var c in value)
        {
            switch (c)
            {
                case < '\t' or '\u000B' or '\u000C' or '\u000E' or '\u000F':
                case '\r':
                    return false;
                case '\n':
                    if (isEmptyLine && !seenNonEmptyLine)
                    {
                        return false;
                    }

                    seenNonEmptyLine = true;
                    isEmptyLine = true;
                    hasIndent = false;
                    break;
                case '\t' or ' ':
                    hasIndent |= isEmptyLine;
                    break;
                default:
                    hasCommonIndent &= hasIndent;
                    isEmptyLine = false;
                    break;
            }
        }

        if (isEmptyLine)
        {
            return false;
        }

        return !(hasCommonIndent && seenNonEmptyLine);
    }

    /// <summary>
    /// Prints <paramref name="value" /> as a block string literal the way graphql-js does: <c>"""</c> escaped,
    /// on separate lines when the value spans lines, is longer than 70 characters or ends in a quote or backslash.
    /// </summary>
    /// <param name="value">The string value.</param>
    /// <returns>The literal, including the surrounding triple quotes.</returns>
    public static string Print(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var escaped = value.Replace("\"\"\"", "\\\"\"\"", StringComparison.Ordinal);
        var isSingleLine = escaped.AsSpan().IndexOfAny('\n', '\r') < 0;
        var forceLeadingNewLine = !isSingleLine && EveryLineAfterFirstIsIndentedOrEmpty(escaped);
        var hasTrailingTripleQuotes = escaped.EndsWith("\\\"\"\"", StringComparison.Ordinal);
        var hasTrailingQuote = value.EndsWith('"') && !hasTrailingTripleQuotes;
        var hasTrailingSlash = value.EndsWith('\\');
        var forceTrailingNewLine = hasTrailingQuote || hasTrailingSlash;
        var printAsMultipleLines = !isSingleLine || value.Length > 70 || forceTrailingNewLine || forceLeadingNewLine
            || hasTrailingTripleQuotes;
        var skipLeadingNewLine = isSingleLine && value.Length > 0 && IsWhiteSpace(value[0]);

        var result = new StringBuilder("\"\"\"");
        if ((printAsMultipleLines && !skipLeadingNewLine) || forceLeadingNewLine)
        {
            result.Append('\n');
        }

        result.Append(escaped);
        if (printAsMultipleLines || forceTrailingNewLine)
        {
            result.Append('\n');
        }

        return result.Append("\"\"\"").ToString();
    }

    /// <summary>Whether each line after the first (split at CR LF, CR or LF) is empty or starts with white space.</summary>
    private static bool EveryLineAfterFirstIsIndentedOrEmpty(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c != '\n' && c != '\r')
            {
                continue;
            }

            if (c == '\r' && i + 1 < value.Length && value[i + 1] == '\n')
            {
                i++;
            }

            var next = i + 1 < value.Length ? value[i + 1] : '\n';
            if (next is not ('\n' or '\r' or ' ' or '\t'))
            {
                return false;
            }
        }

        return true;
    }

    private static int LeadingWhiteSpace(string line)
    {
        var i = 0;
        while (i < line.Length && IsWhiteSpace(line[i]))
        {
            i++;
        }

        return i;
    }

    private static bool IsWhiteSpace(char c) => c is ' ' or '\t';
}
