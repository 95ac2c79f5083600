namespace CustomerComms.GraphQL.Execution;

/// <summary>The " Did you mean …?" hints graphql-js appends to messages about unknown names.</summary>
internal static class Suggestions
{
    private const int MaxSuggestions = 5;

    /// <summary>The hint for <paramref name="input" /> among <paramref name="options" />, or an empty string when none is close.</summary>
    public static string DidYouMean(string input, IEnumerable<string> options)
    {
        var close = List(input, options);
        if (close.Count == 0)
        {
            return string.Empty;
        }

        var quoted = close.Take(MaxSuggestions).Select(name => "\"" + name + "\"").ToList();
        return quoted.Count switch
        {
            1 => " Did you mean " + quoted[0] + "?",
            2 => " Did you mean " + quoted[0] + " or " + quoted[1] + "?",
            _ => " Did you mean " + string.Join(", ", quoted.Take(quoted.Count - 1)) + ", or " + quoted[^1] + "?",
        };
    }

    /// <summary>The options within graphql-js's lexical distance threshold, closest first, then by name.</summary>
    public static List<string> List(string input, IEnumerable<string> options)
    {
        var threshold = (int)Math.Floor(input.Length * 0.4) + 1;
        return [.. options
            .Select(option => (Option: option, Distance: Distance(input, option, threshold)))
            .Where(candidate => candidate.Distance is not null)
            .OrderBy(candidate => candidate.Distance)
            .ThenBy(candidate => candidate.Option, StringComparer.Ordinal)
            .Select(candidate => candidate.Option)];
    }

    /// <summary>Damerau-Levenshtein distance ignoring case, with case-only differences counting 1; null beyond the threshold.</summary>
    private static int? Distance(string a, string b, int threshold)
    {
        if (a == b)
        {
            return 0;
        }

        var lowerA = a.ToLowerInvariant();
        var lowerB = b.ToLowerInvariant();
        if (lowerA == lowerB)
        {
            return 1;
        }

        if (Math.Abs(lowerA.Length - lowerB.Length) > threshold)
        {
            return null;
        }

        var rows = new int[lowerA.Length + 1, lowerB.Length + 1];
        for (var i = 0; i <= lowerA.Length; i++)
        {
            rows[i, 0] = i;
        }

        for (var j = 0; j <= lowerB.Length; j++)
        {
            rows[0, j] = j;
        }

        for (var i = 1; i <= lowerA.Length; i++)
        {
            for (var j = 1; j <= lowerB.Length; j++)
            {
                var cost = lowerA[i - 1] == lowerB[j - 1] ? 0 : 1;
                var best = Math.Min(Math.Min(rows[i - 1, j] + 1, rows[i, j - 1] + 1), rows[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && lowerA[i - 1] == lowerB[j - 2] && lowerA[i - 2] == lowerB[j - 1])
                {
                    best = Math.Min(best, rows[i - 2, j - 2] + 1);
                }

                rows[i, j] = best;
            }
        }

        var distance = rows[lowerA.Length, lowerB.Length];
        return distance <= threshold ? distance : null;
    }
}
