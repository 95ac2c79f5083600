namespace CustomerComms.GraphQL.Types;

/// <summary>
/// The default resolver of one field (<see cref="DefaultFieldResolver.Resolve" />), remembering the getter it used
/// for the last CLR type read: a list of objects of one type then finds the getter once, not once per object.
/// </summary>
/// <param name="name">The field name.</param>
internal sealed class PropertyReader(string name)
{
    private Entry? _last;

    /// <summary>The parent's member named like the field; see <see cref="DefaultFieldResolver.Resolve" />.</summary>
    public object? Read(Schema schema, ObjectType parentType, object? parent, IReadOnlyDictionary<string, object?> arguments)
    {
        if (parent is null)
        {
            return null;
        }

        // One immutable entry read once: threads racing on it at worst look the getter up again.
        var last = _last;
        var type = parent.GetType();
        if (last is not null && ReferenceEquals(last.Type, type))
        {
            return last.Getter(parent);
        }

        var getter = DefaultFieldResolver.PropertyGetter(type, name);
        if (getter is null)
        {
            return DefaultFieldResolver.Resolve(parent, name);
        }

        _last = new Entry(type, getter);
        return getter(parent);
    }

    private sealed record Entry(Type Type, Func<object, object?> Getter);
}
