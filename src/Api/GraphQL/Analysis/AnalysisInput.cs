using System.Collections;
using System.Globalization;

namespace CustomerComms.Api.GraphQL.Analysis;

/// <summary>Reads the coerced fields of an analysis input object, checking sizes against the configured maximum.</summary>
internal sealed class AnalysisInput
{
    private readonly IReadOnlyDictionary<string, object?> _fields;

    public AnalysisInput(IReadOnlyDictionary<string, object?> fields, int maxPoints)
    {
        _fields = fields;
        MaxPoints = maxPoints;
    }

    public int MaxPoints { get; }

    public bool Has(string name) => _fields.TryGetValue(name, out var value) && value is not null;

    public double? Float(string name) =>
        _fields.TryGetValue(name, out var value) && value is not null ? Convert.ToDouble(value, CultureInfo.InvariantCulture) : null;

    public int? Int(string name) =>
        _fields.TryGetValue(name, out var value) && value is not null ? Convert.ToInt32(value, CultureInfo.InvariantCulture) : null;

    public double[]? Floats(string name) =>
        _fields.TryGetValue(name, out var value) && value is IEnumerable items ? FloatList(items, name, MaxPoints) : null;

    public double[] RequiredFloats(string name, string requiredBy) =>
        Floats(name) ?? throw UserInput.Error($"{requiredBy} needs `{name}`.");

    public int[] Ints(string name)
    {
        if (!_fields.TryGetValue(name, out var value) || value is not IEnumerable items)
        {
            return [];
        }

        var result = new List<int>();
        foreach (var item in items)
        {
            result.Add(Convert.ToInt32(item, CultureInfo.InvariantCulture));
            Limit(result.Count, name, MaxPoints);
        }

        return [.. result];
    }

    public double[][]? Subgroups(string name)
    {
        if (!_fields.TryGetValue(name, out var value) || value is not IEnumerable groups)
        {
            return null;
        }

        var result = new List<double[]>();
        var observations = 0;
        foreach (var group in groups)
        {
            var subgroup = FloatList((IEnumerable)group!, FormattableString.Invariant($"{name}[{result.Count}]"), MaxPoints);
            observations += subgroup.Length;
            Limit(observations, $"{name} (observations in all)", MaxPoints);
            result.Add(subgroup);
            Limit(result.Count, name, MaxPoints);
        }

        return [.. result];
    }

    public T? Value<T>(string name) =>
        _fields.TryGetValue(name, out var value) && value is T typed ? typed : default;

    public static double[] FloatList(IEnumerable items, string name, int maxPoints)
    {
        var result = new List<double>();
        foreach (var item in items)
        {
            var number = Convert.ToDouble(item, CultureInfo.InvariantCulture);
            if (!double.IsFinite(number))
            {
                throw UserInput.Error(FormattableString.Invariant($"{name}[{result.Count}] is not a finite number."));
            }

            result.Add(number);
            Limit(result.Count, name, maxPoints);
        }

        return [.. result];
    }

    public static void Limit(int count, string name, int maxPoints)
    {
        if (count > maxPoints)
        {
            throw UserInput.Error(FormattableString.Invariant($"`{name}` has more than {maxPoints} entries, the most one analysis accepts."));
        }
    }
}
