using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace CustomerComms.GraphQL.Execution;

/// <summary>
/// A response object: the values of a <see cref="SelectedFields" />, in its order. The keys are shared by every
/// object of the selection, so an object costs one array of values instead of a dictionary's buckets and entries.
/// </summary>
internal sealed class ResultMap : IReadOnlyDictionary<string, object?>
{
    private readonly SelectedFields _fields;
    private readonly object?[] _values;

    public ResultMap(SelectedFields fields)
    {
        _fields = fields;
        _values = new object?[fields.Count];
    }

    /// <inheritdoc />
    public int Count => _values.Length;

    /// <inheritdoc />
    public IEnumerable<string> Keys => _fields.Fields.Select(collected => collected.Key);

    /// <inheritdoc />
    public IEnumerable<object?> Values => _values;

    /// <inheritdoc />
    public object? this[string key] =>
        TryGetValue(key, out var value) ? value : throw new KeyNotFoundException($"The response has no key \"{key}\".");

    /// <summary>The response key at <paramref name="index" />.</summary>
    public string KeyAt(int index) => _fields.Fields[index].Key;

    /// <summary>The value at <paramref name="index" />.</summary>
    public object? ValueAt(int index) => _values[index];

    /// <summary>Sets the value at <paramref name="index" />.</summary>
    public void SetAt(int index, object? value) => _values[index] = value;

    /// <inheritdoc />
    public bool ContainsKey(string key) => _fields.IndexOf(key) >= 0;

    /// <inheritdoc />
    public bool TryGetValue(string key, [MaybeNullWhen(false)] out object? value)
    {
        var index = _fields.IndexOf(key);
        value = index >= 0 ? _values[index] : null;
        return index >= 0;
    }

    /// <inheritdoc />
    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator()
    {
        for (var index = 0; index < _values.Length; index++)
        {
            yield return new KeyValuePair<string, object?>(KeyAt(index), _values[index]);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
