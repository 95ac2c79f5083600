namespace CustomerComms.GraphQL.Types;

/// <summary>
/// Finds input objects that reference themselves through non-null, non-list fields (graphql-js
/// <c>createInputObjectCircularRefsValidator</c>): no value of such a type could ever be written.
/// </summary>
internal sealed class InputCycleFinder(List<string> errors)
{
    private readonly HashSet<InputObjectType> _visited = [];
    private readonly List<InputField> _path = [];
    private readonly Dictionary<InputObjectType, int> _pathIndexByType = [];

    public void Check(InputObjectType input)
    {
        if (!_visited.Add(input))
        {
            return;
        }

        _pathIndexByType[input] = _path.Count;
        foreach (var field in input.Fields)
        {
            if (field.Type is not NonNullType { OfType: InputObjectType fieldType })
            {
                continue;
            }

            _path.Add(field);
            if (!_pathIndexByType.TryGetValue(fieldType, out var cycleIndex))
            {
                Check(fieldType);
            }
            else
            {
                var cyclePath = _path.Skip(cycleIndex);
                errors.Add($"Cannot reference Input Object \"{fieldType.Name}\" within itself through a series of non-null fields: \"{string.Join('.', cyclePath.Select(step => step.Name))}\".");
            }

            _path.RemoveAt(_path.Count - 1);
        }

        _pathIndexByType.Remove(input);
    }
}
