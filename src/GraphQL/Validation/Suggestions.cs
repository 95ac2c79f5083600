namespace CustomerComms.GraphQL.Validation;

/// <summary>
/// "Did you mean" suggestions worded and ordered as graphql-js words and orders them: candidates within a
/// lexical distance of 40% of the input's length, nearest first, at most five named.
/// </summary>
internal static class Suggestions
{
    private const int MaxSuggestions = 5;

    /// <summary>The options close enough to <paramref name="input" />, nearest first, ties in natural order.</summary>
    public static IReadOnlyList<string> List(string input, IEnumerable<string> options)
    {
        var threshold = (input.Length * 4 / 10) + 1;
        var lowerInput = input.ToLowerInvariant();
        var found = new List<(string Option, int Distance)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var option in options)
        {
            if (!seen.Add(option))
            {
                continue;
            }

            var distance = Measure(input, lowerInput, option, threshold);
            if (distance is { } d)
            {
                found.Add((option, d));
            }
        }

        found.Sort((a, b) => a.Distance != b.Distance ? a.Distance.CompareTo(b.Distance) : NaturalComparer.Instance.Compare(a.Option, b.Option));
        return [.. found.Select(item => item.Option)];
    }

    /// <summary>" Did you mean "a", "b", or "c"?", or the empty string when there is nothing to suggest.</summary>
    public static string DidYouMean(IReadOnlyList<string> suggestions, string? subMessage = null)
    {
        if (suggestions.Count == 0)
        {
            return string.Empty;
        }

        var message = " Did you mean " + (subMessage is null ? string.Empty : subMessage + " ");
        var quoted = suggestions.Take(MaxSuggestions).Select(s => "\"" + s + "\"").ToList();
        return quoted.Count switch
        {
            1 => message + quoted[0] + "?",
            2 => message + quoted[0] + " or " + quoted[1] + "?",
            _ => message + string.Join(", ", quoted.Take(quoted.Count - 1)) + ", or " + quoted[^1] + "?",
        };
    }

    private static int? Measure(string input, string lowerInput, string option, int threshold)
    {
        if (input == option)
        {
            return 0;
        }

        var lowerOption = option.ToLowerInvariant();
        if (lowerInput == lowerOption)
        {
            return 1;
        }

        var a = lowerOption;
        var b = lowerInput;
        if (a.Length < b.Length)
        {
            (a, b) = (b, a);
        }

        if (a.Length - b.Length > threshold)
        {
            return null;
        }

        var rows = new int[3][];
        for (var r = 0; r < 3; r++)
        {
            rows[r] = new int[b.Length + 1];
        }

        for (var j = 0; j <= b.Length; j++)
        {
            rows[0][j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            var up = rows[(i - 1) % 3];
            var current = rows[i % 3];
            var smallest = current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var cell = Math.Min(Math.Min(up[j] + 1, current[j - 1] + 1), up[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    cell = Math.Min(cell, rows[(i - 2) % 3][j - 2] + 1);
                }

                smallest = Math.Min(smallest, cell);
                current[j] = cell;
            }

            if (smallest > threshold)
            {
                return null;
            }
        }

        var distance = rows[a.Length % 3][b.Length];
        return distance <= threshold ? distance : null;
    }
}
