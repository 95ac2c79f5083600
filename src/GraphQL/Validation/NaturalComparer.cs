namespace CustomerComms.GraphQL.Validation;

/// <summary>Orders strings as graphql-js's <c>naturalCompare</c> does: runs of digits compare as numbers, the rest by UTF-16 code.</summary>
internal sealed class NaturalComparer : IComparer<string>
{
    public static NaturalComparer Instance { get; } = new();

    public int Compare(string? x, string? y)
    {
        x ??= string.Empty;
        y ??= string.Empty;
        int i = 0, j = 0;
        while (i < x.Length && j < y.Length)
        {
            if (char.IsAsciiDigit(x[i]) && char.IsAsciiDigit(y[j]))
            {
                var a = ReadNumber(x, ref i);
                var b = ReadNumber(y, ref j);
                if (a != b)
                {
                    return a < b ? -1 : 1;
                }
            }
            else
            {
                if (x[i] != y[j])
                {
                    return x[i] < y[j] ? -1 : 1;
                }

                i++;
                j++;
            }
        }

        return x.Length.CompareTo(y.Length);
    }

    // graphql-js stops reading a number after a leading zero, so "01" reads as 0 then 1.
    private static double ReadNumber(string text, ref int index)
    {
        double value = 0;
        do
        {
            value = (value * 10) + (text[index] - '0');
            index++;
        }
        while (index < text.Length && char.IsAsciiDigit(text[index]) && value > 0);

        return value;
    }
}
